-- payments: pays unpaid orders through the sandbox gateway, as a shopper and the storefront do:
--   POST /api/payments/create/   {"order_id": O, "provider": "sandbox"}  -> 201, transaction_id, payment_number
--   POST /api/sandbox/pay/{tx}/  action=succeed (the gateway's hosted page) -> 303 to Kervan's return address
--   POST /api/payments/verify/   {"transaction_id": tx, "provider": "sandbox"} -> 200, status completed
-- Each thread keeps a queue of next steps (wrk's Lua cannot tell connections apart), like checkout.lua.
-- Arguments: a file of unpaid order ids (one per line).
dofile("bench/wrk/stats.lua")

local orders = {}
local next_order = 1
local steps = {}
local transaction_of = {}   -- payment_number -> transaction id, until the hosted page answers
local json = { ["Content-Type"] = "application/json" }
local form = { ["Content-Type"] = "application/x-www-form-urlencoded" }

payments = 0        -- verifications that answered "completed"
created = 0

function init(args)
   for line in io.lines(args[1]) do
      if #line > 0 then table.insert(orders, line) end
   end
   assert(#orders > 0, "no orders in " .. args[1])
   -- Threads take alternate orders, so no order is paid twice.
   next_order = 1 + thread_id
end

function request()
   local step = table.remove(steps, 1)
   if step and step.kind == "pay" then
      return wrk.format("POST", "/api/sandbox/pay/" .. step.tx .. "/", form, "action=succeed")
   elseif step and step.kind == "verify" then
      return wrk.format("POST", "/api/payments/verify/", json,
         '{"transaction_id":"' .. step.tx .. '","provider":"sandbox"}')
   end
   local order = orders[next_order]
   next_order = next_order + 2
   if next_order > #orders then next_order = 1 + thread_id end
   return wrk.format("POST", "/api/payments/create/", json, '{"order_id":"' .. order .. '","provider":"sandbox"}')
end

function response(status, headers, body)
   count_status(status, body)
   if status == 201 then
      created = created + 1
      local tx = body:match('"transaction_id"%s*:%s*"([^"]+)"')
      local number = body:match('"payment_number"%s*:%s*"([^"]+)"')
      if tx and number then
         transaction_of[number] = tx
         table.insert(steps, { kind = "pay", tx = tx })
      end
   elseif status == 303 then
      local location = headers["Location"] or headers["location"] or ""
      local number = location:match("/return/sandbox/([^/?]+)")
      local tx = number and transaction_of[number]
      if tx then
         transaction_of[number] = nil
         table.insert(steps, { kind = "verify", tx = tx })
      end
   elseif status == 200 and body:find('"status"%s*:%s*"completed"') then
      payments = payments + 1
   end
end

-- PAYMENTS <verified completed> <seconds> <payments created>
function done(summary, latency, requests)
   print_stats()
   io.write(string.format("PAYMENTS %d %.3f %d\n", sum_threads("payments")[1] or 0, summary.duration / 1e6,
      sum_threads("created")[1] or 0))
end
