-- webhooks: POST /api/webhooks/stripe/{integration_id}/ with signed Stripe events (bench/src/WebhookEvents.java wrote
-- them: "Stripe-Signature<TAB>body" per line, every tenth a repeat). Each delivery is verified (HMAC and timestamp),
-- deduplicated by event id and written to the webhook log. Arguments: the events file, the integration id.
dofile("bench/wrk/stats.lua")

local deliveries = {}
local path
local next_index = 1

function init(args)
   for line in io.lines(args[1]) do
      local signature, body = line:match("^([^\t]+)\t(.+)$")
      if signature then table.insert(deliveries, { signature, body }) end
   end
   assert(#deliveries > 0, "no deliveries in " .. args[1])
   path = "/api/webhooks/stripe/" .. args[2] .. "/"
   -- Threads take alternate deliveries, so a repeat usually reaches the server after the original.
   next_index = 1 + thread_id
end

function request()
   local delivery = deliveries[next_index]
   next_index = next_index + 2
   if next_index > #deliveries then next_index = 1 + thread_id end
   return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Stripe-Signature"] = delivery[1] },
      delivery[2])
end
