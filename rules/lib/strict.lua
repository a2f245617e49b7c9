--- Tables the host or the pack reads by key refuse keys they do not know, with the key they most likely meant.
--
-- Legal basis: none (a tool for every table of the pack). A misspelt key is otherwise silently ignored: an
-- `efective_to` lets a repealed code fine again, a `one_circumstanse` leaves the setting unread. Usage:
--
--   local strict = require "lib.strict"
--   return strict.settings({ "penalty settings", "thiết lập xử phạt" },
--     { one_circumstance = true, day_count = { decision = true } },
--     { one_circumstance = "halfway", day_count = { decision = "calendar" } })
--
-- `what` names the table in English and Vietnamese (`{ english, vietnamese }`; a plain string is used for both).
-- The error names the file and line of the call, in both languages (lib/say.lua); the host moves it to the line
-- where the unknown key is written (Sources/Rules RuleError+UnknownKey), so a legal officer sees
-- `rules/penalty/settings.lua:17: …`.

local say = require "lib.say"

local M = {}

--- The English and the Vietnamese name of a table: `what` is `{ english, vietnamese }` or one string for both.
local function names(what)
  if type(what) == "table" then return what[1], what[2] end
  return what, what
end

--- `what` with `suffix` added to both of its names.
local function suffixed(what, suffix)
  local english, vietnamese = names(what)
  return { english .. suffix, vietnamese .. suffix }
end

--- Levenshtein distance between two short keys.
local function distance(a, b)
  local previous = {}
  for j = 0, #b do previous[j] = j end
  for i = 1, #a do
    local current = { [0] = i }
    for j = 1, #b do
      local cost = a:sub(i, i) == b:sub(j, j) and 0 or 1
      current[j] = math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    end
    previous = current
  end
  return previous[#b]
end
M.distance = distance

--- The known key nearest to `key`, when it is close enough to be a misspelling of it (at most 2 edits, or a
-- quarter of the key's length for long keys).
function M.nearest(key, known)
  local best, best_distance
  for candidate in pairs(known) do
    local d = distance(key, candidate)
    if best_distance == nil or d < best_distance or (d == best_distance and candidate < best) then
      best, best_distance = candidate, d
    end
  end
  if best and best_distance <= math.max(2, #key // 4) then return best end
  return nil
end

--- The first key of `t` (in sorted order) that `known` does not list, or nil.
local function first_unknown(t, known)
  local unknown = {}
  for key in pairs(t) do
    if type(key) ~= "string" or not known[key] then unknown[#unknown + 1] = tostring(key) end
  end
  if #unknown == 0 then return nil end
  table.sort(unknown)
  return unknown[1]
end

--- The message for an unknown `key` of the table `what`, in English.
function M.message(what, key, known)
  local near = M.nearest(key, known)
  return string.format("%s has an unknown key \"%s\"%s; fix the name or remove the key", (names(what)), key,
    near and (" (did you mean \"" .. near .. "\"?)") or "")
end

--- The message for an unknown `key` of the table `what`, in Vietnamese.
function M.message_vi(what, key, known)
  local near = M.nearest(key, known)
  local _, vietnamese = names(what)
  return string.format("%s có khóa lạ \"%s\"%s; sửa tên hoặc bỏ khóa", vietnamese, key,
    near and (" (có phải ý bạn là \"" .. near .. "\"?)") or "")
end

--- Refuses a key of `t` that `known` does not list, at the line `level` levels above the caller.
function M.check_keys(t, known, what, level)
  local key = first_unknown(t, known)
  if key == nil then return end
  error(say.text(M.message(what, key, known), M.message_vi(what, key, known)), (level or 1) + 1)
end

--- Checks `t` against `spec` recursively: a key whose spec is a table must hold a table whose keys that spec
-- lists; a key whose spec is `true` may hold anything. Raises at `level` above the caller.
local function check_spec(t, spec, what, level)
  M.check_keys(t, spec, what, level + 1)
  for key, sub in pairs(spec) do
    if type(sub) == "table" and type(t[key]) == "table" then
      check_spec(t[key], sub, suffixed(what, "." .. key), level + 1)
    end
  end
end

--- A settings table: `t`, after refusing any key `spec` does not list (nested tables by their own spec).
-- The error is raised at the line of the call (the host then names the key's own line).
function M.settings(what, spec, t)
  check_spec(t, spec, what, 2)
  return t
end

--- A constructor that refuses unknown keys: `local item = strict.record("plan entry", KEYS)` then
-- `item{ key = "…", … }` returns its table, or raises at the line of `item{`.
function M.record(what, known)
  return function(t)
    M.check_keys(t, known,
      suffixed(what, type(t.key) == "string" and (" " .. t.key) or (type(t.code) == "string" and (" " .. t.code) or "")), 2)
    return t
  end
end

return M
