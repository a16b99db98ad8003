-- Shared by every scenario: counts responses by HTTP status in each wrk thread and prints the totals when the run
-- ends, plus the first few error bodies, as lines run.sh reads:
--   STATUS 200=51234 500=3
--   SAMPLE 500 {"code":...}
-- Every scenario loads this file, so all of them pay the same (small) cost of wrk handing bodies to Lua.

local threads = {}

-- Runs in wrk's main Lua state once per thread, before that thread's init(); thread_id (0, 1, ...) lets threads
-- spread out instead of all sending the same requests.
function setup(thread)
   thread:set("thread_id", #threads)
   table.insert(threads, thread)
end

statuses = {}
samples = {}

function count_status(status, body)
   statuses[status] = (statuses[status] or 0) + 1
   if status >= 400 and #samples < 3 then
      table.insert(samples, status .. " " .. string.sub(string.gsub(body or "", "%s+", " "), 1, 400))
   end
end

function response(status, headers, body)
   count_status(status, body)
end

-- Sums a global of every thread: a number, or a table of numbers per key.
function sum_threads(name)
   local total = {}
   for _, thread in ipairs(threads) do
      local value = thread:get(name)
      if type(value) == "table" then
         for k, v in pairs(value) do total[k] = (total[k] or 0) + v end
      elseif type(value) == "number" then
         total[1] = (total[1] or 0) + value
      end
   end
   return total
end

function print_stats()
   local total = sum_threads("statuses")
   local keys = {}
   for k in pairs(total) do table.insert(keys, k) end
   table.sort(keys)
   local parts = {}
   for _, k in ipairs(keys) do table.insert(parts, k .. "=" .. total[k]) end
   io.write("STATUS " .. table.concat(parts, " ") .. "\n")
   local shown = 0
   for _, thread in ipairs(threads) do
      for _, sample in ipairs(thread:get("samples")) do
         if shown < 3 then io.write("SAMPLE " .. sample .. "\n") end
         shown = shown + 1
      end
   end
end

function done(summary, latency, requests)
   print_stats()
end
