-- page-home: GET / of the storefront, the whole HTML page a shopper's browser gets (the shop's newest products, the
-- header and footer in the shop's language), as a first visit without cookies.
dofile("bench/wrk/stats.lua")
wrk.method = "GET"
wrk.path = "/"
wrk.headers["Accept"] = "text/html"
