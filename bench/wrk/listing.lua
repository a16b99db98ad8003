-- listing: GET /api/public/products/?page=N&page_size=20 over all pages of the catalog, and every fifth request a name
-- search (search=lamba ...). Arguments: the number of pages of active products. page-listing.lua asks for the
-- storefront's pages the same way, with its own listing_path.
dofile("bench/wrk/stats.lua")

local pages = 1
local terms = { "lamba", "mavi", "saat", "kalem", "defter", "modern", "vazo", "klasik" }
local n = 0

listing_path = listing_path or function(page, search)
   return "/api/public/products/?" .. (search and "search=" .. search .. "&" or "") .. "page=" .. page .. "&page_size=20"
end

function init(args)
   pages = tonumber(args[1]) or 1
   math.randomseed(1000 + thread_id)
   if accept then wrk.headers["Accept"] = accept end
end

function request()
   n = n + 1
   if n % 5 == 0 then
      return wrk.format("GET", listing_path(math.random(3), terms[math.random(#terms)]))
   end
   return wrk.format("GET", listing_path(math.random(pages)))
end
