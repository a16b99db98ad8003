-- checkout: shoppers who each add the checkout product to a new cart and order it, over and over:
--   POST /api/cart/add/  {"product_id": P, "quantity": 1}             -> 200, cart.cart_id
--   POST /api/orders/    {"cart_id": C, ..., "shipping_method_id": S}  -> 201
-- wrk's Lua cannot tell connections apart, so each thread keeps a queue: a cart id read from an add response is
-- ordered by the next request that thread sends. Every cart is thus filled once and ordered once.
-- Arguments: product id, shipping method id.
dofile("bench/wrk/stats.lua")

local carts = {}
local add_body, shipping_id
local json = { ["Content-Type"] = "application/json" }

adds_sent = 0
orders_sent = 0
orders = 0          -- 201 Created answers (only POST /api/orders/ answers 201)

function init(args)
   add_body = '{"product_id":"' .. args[1] .. '","quantity":1}'
   shipping_id = args[2]
end

local function order_body(cart_id)
   return '{"cart_id":"' .. cart_id .. '","customer_email":"b@bench.test","customer_first_name":"B",'
      .. '"customer_last_name":"B","shipping_address":{"address_line1":"X","city":"Istanbul",'
      .. '"postal_code":"34000","country":"TR"},"shipping_method_id":"' .. shipping_id .. '"}'
end

function request()
   local cart_id = table.remove(carts, 1)
   if cart_id then
      orders_sent = orders_sent + 1
      return wrk.format("POST", "/api/orders/", json, order_body(cart_id))
   end
   adds_sent = adds_sent + 1
   return wrk.format("POST", "/api/cart/add/", json, add_body)
end

function response(status, headers, body)
   count_status(status, body)
   if status == 201 then
      orders = orders + 1
   elseif status == 200 then
      local cart_id = body:match('"cart_id"%s*:%s*"([%x%-]+)"')
      if cart_id then table.insert(carts, cart_id) end
   end
end

-- ORDERS <orders placed> <seconds> <order requests sent> <add requests sent>
function done(summary, latency, requests)
   print_stats()
   io.write(string.format("ORDERS %d %.3f %d %d\n", sum_threads("orders")[1] or 0, summary.duration / 1e6,
      sum_threads("orders_sent")[1] or 0, sum_threads("adds_sent")[1] or 0))
end
