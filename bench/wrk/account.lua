-- account: GET /api/auth/me/ with a signed-in customer's token: the JWT is verified and the account's token version
-- (what sign-out, a password change or a suspension raises) is checked, as on every signed-in request. Arguments: the
-- bearer token.
dofile("bench/wrk/stats.lua")

local token

function init(args)
   token = args[1]
end

function request()
   return wrk.format("GET", "/api/auth/me/", { ["Authorization"] = "Bearer " .. token })
end
