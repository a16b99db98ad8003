-- Shared by the scenarios that walk a list run.sh exported, shuffled, to the file given as the first argument (order
-- numbers, product ids): each thread starts at its own place in it and walks on, asking for path_of(item), which the
-- scenario defines before loading this file. A storefront scenario sets accept = "text/html" as a browser sends.
dofile("bench/wrk/stats.lua")

local items = {}
local next_index = 1

function init(args)
   for line in io.lines(args[1]) do
      if #line > 0 then table.insert(items, line) end
   end
   assert(#items > 0, "nothing to ask for in " .. args[1])
   next_index = 1 + (thread_id * math.floor(#items / 8)) % #items
   if accept then wrk.headers["Accept"] = accept end
end

function request()
   local item = items[next_index]
   next_index = next_index % #items + 1
   return wrk.format("GET", path_of(item))
end
