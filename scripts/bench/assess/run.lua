-- penalty.assess outside the host, for fingerprints and profiles (docs/performance.md, "`penalty.assess` for bulk
-- work"): Debian's lua5.4, the thanhtra.* date functions of host.lua, the requests of REQUESTS (a Lua file returning a
-- list of requests, made by fingerprint.sh), against the catalog of ENTRIES when set (penalty.assess_with_catalog).
--
--   lua5.4 run.lua RULES_DIR dump [quiet|loud]      every answer, serialised with sorted keys, one line a request
--   lua5.4 run.lua RULES_DIR count [quiet|loud]     VM instructions per call by function (LINES=1: by line), bytes
--   lua5.4 run.lua RULES_DIR profile [quiet|loud]   a count-hook sampler by function and line
--   lua5.4 run.lua RULES_DIR time [quiet|loud] [N]  N passes, µs a call (host.lua's dates are slower than the host's)
--   ADAPTER=adapter.lua lua5.4 run.lua RULES_DIR adapter   through the host adapter (DUMP=1: its positional answers)
local rules, action, mode = arg[1], arg[2], arg[3] or "quiet"
package.path = rules .. "/?.lua;" .. rules .. "/?/init.lua"
dofile((arg[0]:match("^(.*/)") or "./") .. "host.lua")
local pack = require "init"
local assess = pack.penalty.assess
if os.getenv("ENTRIES") then
  local entries = dofile(os.getenv("ENTRIES"))
  local function deep(t) if type(t) ~= "table" then return t end local o = {} for k, v in pairs(t) do o[k] = deep(v) end return o end
  assess = function(r) return pack.penalty.assess_with_catalog{ entries = deep(entries), request = r } end
end
local requests = dofile(os.getenv("REQUESTS") or "requests.lua")

local function copy(t)
  if type(t) ~= "table" then return t end
  local out = {}
  for k, v in pairs(t) do out[k] = copy(v) end
  return out
end
local function request(i)
  local r = copy(requests[i])
  if mode == "quiet" then r.quiet = true end
  return r
end

local function serialize(v, out)
  local t = type(v)
  if t == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b)
      if type(a) == type(b) then return a < b end
      return type(a) < type(b)
    end)
    out[#out + 1] = "{"
    for _, k in ipairs(keys) do
      out[#out + 1] = tostring(k) .. "="
      serialize(v[k], out)
      out[#out + 1] = ","
    end
    out[#out + 1] = "}"
  elseif t == "string" then
    out[#out + 1] = string.format("%q", v)
  else
    out[#out + 1] = math.type(v) or tostring(v)
    out[#out + 1] = ":" .. tostring(v)
  end
end

if action == "dump" then
  for i = 1, #requests do
    local out = {}
    serialize(assess(request(i)), out)
    io.write(i, " ", table.concat(out), "\n")
  end
elseif action == "time" then
  local reps = tonumber(arg[4] or "5")
  local prepared = {}
  for rep = 1, reps do for i = 1, #requests do prepared[#prepared + 1] = request(i) end end
  local t0 = os.clock()
  for i = 1, #prepared do assess(prepared[i]) end
  local dt = os.clock() - t0
  io.write(string.format("%d calls, %.3f s, %.2f us/call\n", #prepared, dt, dt / #prepared * 1e6))
elseif action == "profile" then
  local reps = tonumber(arg[4] or "3")
  local prepared = {}
  for rep = 1, reps do for i = 1, #requests do prepared[#prepared + 1] = request(i) end end
  local lines, funcs = {}, {}
  local total = 0
  debug.sethook(function()
    local info = debug.getinfo(2, "Sl")
    if info then
      local key = info.short_src .. ":" .. (info.currentline or 0)
      lines[key] = (lines[key] or 0) + 1
      local f = debug.getinfo(2, "Sn")
      local fk = info.short_src .. ":" .. (f.linedefined or 0) .. " " .. tostring(f.name)
      funcs[fk] = (funcs[fk] or 0) + 1
      total = total + 1
    end
  end, "", 97)
  for i = 1, #prepared do assess(prepared[i]) end
  debug.sethook()
  local function top(t, n, title)
    local list = {}
    for k, c in pairs(t) do list[#list + 1] = { k, c } end
    table.sort(list, function(a, b) return a[2] > b[2] end)
    print(title)
    for i = 1, math.min(n, #list) do print(string.format("%6.2f%%  %s", 100 * list[i][2] / total, list[i][1])) end
  end
  top(funcs, 40, "== functions (self, by sample) ==")
  top(lines, 60, "== lines ==")
end
if action == "count" then
  -- Exact VM instruction counts (count hook every instruction), warm: the first pass fills the memos.
  for i = 1, #requests do assess(request(i)) end
  local prepared = {}
  for i = 1, #requests do prepared[i] = request(i) end
  local funcs, host, total = {}, 0, 0
  debug.sethook(function()
    local info = debug.getinfo(2, "S")
    if info.short_src:find("host.lua", 1, true) then host = host + 1 return end
    local key = info.short_src:gsub("^.*/rules[^/]*/", "") .. ":" .. (os.getenv("LINES") and debug.getinfo(2, "l").currentline or info.linedefined)
    funcs[key] = (funcs[key] or 0) + 1
    total = total + 1
  end, "", 1)
  for i = 1, #prepared do assess(prepared[i]) end
  debug.sethook()
  for i = 1, #requests do prepared[i] = request(i) end
  collectgarbage("collect"); collectgarbage("stop")
  local before = collectgarbage("count")
  for i = 1, #prepared do assess(prepared[i]) end
  print(string.format("bytes allocated per call: %.0f", (collectgarbage("count") - before) * 1024 / #prepared))
  collectgarbage("restart")
  local list = {}
  for k, c in pairs(funcs) do list[#list + 1] = { k, c } end
  table.sort(list, function(a, b) return a[2] > b[2] end)
  print(string.format("pack instructions per call: %.1f (host stand-in: %.1f)", total / #prepared, host / #prepared))
  for i = 1, math.min(30, #list) do print(string.format("%8.1f  %s", list[i][2] / #prepared, list[i][1])) end
end
if action == "adapter" then
  -- The host's bulk path: positional values in (as AssessRequestEncoder pushes them), figures out.
  local adapter = dofile(os.getenv("ADAPTER") or "adapter.lua")
  local fn = pack.penalty.assess
  local function values(r)
    local v = { #r.mitigating, #r.aggravating, #r.violations, r.violator, r.minor, r.record_on, r.decided_on or false,
      r.today, r.complex, r.explanation_requested, r.extension_days, false, true }
    for _, c in ipairs(r.mitigating) do v[#v + 1] = c end
    for _, c in ipairs(r.aggravating) do v[#v + 1] = c end
    for _, x in ipairs(r.violations) do
      for _, f in ipairs({ x.code, x.committed_on, x.ended_on or false, x.detected_on or false, x.illegal_gain_vnd, 0, 0 }) do v[#v + 1] = f end
    end
    for i = 1, #v do if v[i] == false and i ~= 5 and i ~= 9 and i ~= 10 then v[i] = nil end end
    return v
  end
  local calls = {}
  for i = 1, #requests do local v = values(requests[i]); calls[i] = { v, #v } end
  local out = {}
  for i = 1, #calls do out[i] = table.concat({ adapter.assess(fn, table.unpack(calls[i][1], 1, calls[i][2])) }, "|", 1) end
  if os.getenv("DUMP") then for i = 1, #out do print(out[i]) end os.exit(0) end
  local counts, total, where = {}, 0, {}
  debug.sethook(function()
    local s = debug.getinfo(2, "S").short_src
    local k = s:find("adapter", 1, true) and "adapter" or (s:find("host.lua", 1, true) and "host" or "pack")
    counts[k] = (counts[k] or 0) + 1
  end, "", 1)
  for i = 1, #calls do adapter.assess(fn, table.unpack(calls[i][1], 1, calls[i][2])) end
  debug.sethook()
  for k, c in pairs(counts) do print(string.format("%-8s %.1f instructions per case", k, c / #calls)) end
  collectgarbage("collect"); collectgarbage("stop")
  local before = collectgarbage("count")
  for i = 1, #calls do adapter.assess(fn, table.unpack(calls[i][1], 1, calls[i][2])) end
  print(string.format("bytes allocated per case (adapter + pack): %.0f", (collectgarbage("count") - before) * 1024 / #calls))
  collectgarbage("restart")
  local t0 = os.clock()
  for rep = 1, 5 do for i = 1, #calls do adapter.assess(fn, table.unpack(calls[i][1], 1, calls[i][2])) end end
  print(string.format("%.2f us per case", (os.clock() - t0) / (5 * #calls) * 1e6))
end
