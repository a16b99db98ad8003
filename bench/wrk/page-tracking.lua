-- page-tracking: GET /track/{order_number} of the storefront (status, timeline, carrier as an HTML page) over the
-- seeded orders, the same shuffled numbers as the API's tracking scenario (the first argument).
accept = "text/html"
function path_of(number) return "/track/" .. number end
dofile("bench/wrk/walk.lua")
