-- tracking: GET /api/orders/track/{order_number}/ over the seeded orders. run.sh exports the numbers (shuffled) to the
-- file given as the first argument; each thread starts at its own place in it and walks on.
function path_of(number) return "/api/orders/track/" .. number .. "/" end
dofile("bench/wrk/walk.lua")
