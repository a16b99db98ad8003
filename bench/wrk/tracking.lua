-- tracking: GET /api/orders/track/{order_number}/ over the seeded orders. run.sh exports the numbers (shuffled) to the
-- file given as the first argument; each thread starts at its own place in it and walks on.
dofile("bench/wrk/stats.lua")

local numbers = {}
local next_index = 1

function init(args)
   for line in io.lines(args[1]) do
      if #line > 0 then table.insert(numbers, line) end
   end
   assert(#numbers > 0, "no order numbers in " .. args[1])
   next_index = 1 + (thread_id * math.floor(#numbers / 8)) % #numbers
end

function request()
   local number = numbers[next_index]
   next_index = next_index % #numbers + 1
   return wrk.format("GET", "/api/orders/track/" .. number .. "/")
end
