-- listing: GET /api/public/products/?page=N&page_size=20 over all pages of the catalog, and every fifth request a name
-- search (search=lamba ...). Arguments: the number of pages of active products.
dofile("bench/wrk/stats.lua")

local pages = 1
local terms = { "lamba", "mavi", "saat", "kalem", "defter", "modern", "vazo", "klasik" }
local n = 0

function init(args)
   pages = tonumber(args[1]) or 1
   math.randomseed(1000 + thread_id)
end

function request()
   n = n + 1
   if n % 5 == 0 then
      local term = terms[math.random(#terms)]
      return wrk.format("GET", "/api/public/products/?search=" .. term .. "&page=" .. math.random(3) .. "&page_size=20")
   end
   return wrk.format("GET", "/api/public/products/?page=" .. math.random(pages) .. "&page_size=20")
end
