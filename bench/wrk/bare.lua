-- bare: GET /api/public/ping/, which touches no database; the baseline the other scenarios are compared with.
dofile("bench/wrk/stats.lua")
wrk.method = "GET"
wrk.path = "/api/public/ping/"
