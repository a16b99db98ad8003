-- admin-order: GET /admin/orders/{id}, an order's page in the admin panel (lines, customer, address, payments and
-- refunds, history, the moves it allows), over the seeded orders' ids, shuffled, signed in as the shop's owner.
-- Arguments: the owner's staff token and the file of order ids run.sh exports.
dofile("bench/wrk/stats.lua")

local cookie
local ids = {}
local next_index = 1

function init(args)
   cookie = "admin_token=" .. args[1]
   for line in io.lines(args[2]) do
      if #line > 0 then table.insert(ids, line) end
   end
   assert(#ids > 0, "no order ids in " .. args[2])
   next_index = 1 + (thread_id * math.floor(#ids / 8)) % #ids
end

function request()
   local id = ids[next_index]
   next_index = next_index % #ids + 1
   return wrk.format("GET", "/admin/orders/" .. id, { ["Cookie"] = cookie })
end
