-- admin-orders-filtered: GET /admin/orders with filters, signed in as the shop's owner, in turn: a status and a
-- payment status on one of the first 20 pages (about 10,000 orders match), a customer's email (about 20 orders), and
-- a month's date range sorted by total, largest first. Arguments: the owner's staff token.
dofile("bench/wrk/stats.lua")

local cookie
local statuses = { "confirmed", "processing", "shipped", "delivered" }
local n = 0

function init(args)
   cookie = "admin_token=" .. args[1]
   math.randomseed(2000 + thread_id)
end

local function month()
   local t = os.time() - math.random(0, 330) * 86400
   return os.date("!%Y-%m-%d", t), os.date("!%Y-%m-%d", t + 30 * 86400)
end

function request()
   n = n + 1
   local path
   if n % 3 == 0 then
      path = "/admin/orders?customer_email=customer" .. math.random(0, 4999) .. "%40bench.test"
   elseif n % 3 == 1 then
      path = "/admin/orders?status=" .. statuses[math.random(#statuses)] .. "&payment_status=paid&page="
         .. math.random(20)
   else
      local from, to = month()
      path = "/admin/orders?created_from=" .. from .. "&created_to=" .. to .. "&sort=total_desc"
   end
   return wrk.format("GET", path, { ["Cookie"] = cookie })
end
