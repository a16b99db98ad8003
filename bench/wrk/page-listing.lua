-- page-listing: GET /products?page=N of the storefront (24 products a page) over every page of the catalog, and every
-- fifth request a name search, as the API's listing scenario asks. Arguments: the number of storefront pages.
accept = "text/html"
function listing_path(page, search)
   return "/products?" .. (search and "search=" .. search .. "&" or "") .. "page=" .. page
end
dofile("bench/wrk/listing.lua")
