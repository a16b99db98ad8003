-- admin-orders: GET /admin/orders, the first page of the admin panel's order list (newest first, 20 rows, the count
-- that stops at 1,000), signed in as the shop's owner. Arguments: the owner's staff token (the panel's session
-- cookie holds the same token).
dofile("bench/wrk/stats.lua")

local cookie

function init(args)
   cookie = "admin_token=" .. args[1]
end

function request()
   return wrk.format("GET", "/admin/orders", { ["Cookie"] = cookie })
end
