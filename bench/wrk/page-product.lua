-- page-product: GET /products/{id} of the storefront over every active product; run.sh exports the ids (shuffled) to
-- the file given as the first argument.
accept = "text/html"
function path_of(id) return "/products/" .. id end
dofile("bench/wrk/walk.lua")
