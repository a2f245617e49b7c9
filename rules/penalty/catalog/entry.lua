--- Writing catalog entries in a decree file: defaults for the file, the line each entry is written on, and
-- versions that end a code's sanction.
--
-- Legal basis: none (a tool for the decree files). Usage, at the top of a decree file:
--
--   local entry = require "penalty.catalog.entry"
--   local e = entry.maker{ decree = "Nghị định 125/2020/NĐ-CP", sector = "hoa_don", stated_for = "organization",
--                          effective_from = "2020-12-05" }
--   return { e{ code = "…", article = 24, clause = 4, point = "b", title = "…", frame_min_vnd = …, … }, … }
--
-- Each entry made by `e{…}` remembers where it is written (`where = "rules/penalty/catalog/x.lua:12"`), so the
-- loader can name the file and line of an entry it refuses.

local strict = require "lib.strict"

local M = {}

--- "file:line" of the code `level` calls above the caller of `where` (where(1): the line that called the
-- function that called `where`), or nil when Lua does not know it.
-- The sandbox has no debug library; `error(message, level)` prefixes the message with the position of the
-- function `level` levels up the stack (Lua 5.4 manual, §6.1 `error`), and pcall hands the message back.
-- From `error`'s point of view level 1 is pcall, 2 is `where`, 3 its caller: the code we want is level + 3.
function M.where(level)
  local _, message = pcall(error, "", (level or 1) + 3)
  return type(message) == "string" and message:match("^(.+:%d+): $") or nil
end

--- The keys an entry may have (docs/writing-rules.md "The catalog"); any other is a misspelling, refused where it
-- is written so that a repealed code cannot fine again because `efective_to` was ignored.
M.KEYS = {
  code = true, article = true, clause = true, point = true, title = true, decree = true, sector = true,
  stated_for = true, frame_min_vnd = true, frame_max_vnd = true, warning_allowed = true, remedies = true,
  effective_from = true, effective_to = true, succeeds = true, sanctioned = true,
}

--- The known key nearest to `key`, and the check that refuses an unknown key: shared with every strict table of
-- the pack (lib/strict.lua).
M.nearest = strict.nearest
M.check_keys = strict.check_keys

--- A constructor for the entries of one decree file: `defaults` fills every field an entry does not give.
function M.maker(defaults)
  M.check_keys(defaults, M.KEYS, { "the file's entry defaults", "giá trị mặc định của các mục trong tệp" }, 2)
  return function(t)
    M.check_keys(t, M.KEYS,
      { "catalog entry " .. tostring(t.code or "(no code)"), "mục danh mục " .. tostring(t.code or "(không có mã)") }, 2)
    for key, value in pairs(defaults) do
      if t[key] == nil then t[key] = value end
    end
    if t.warning_allowed == nil then t.warning_allowed = false end
    t.remedies = t.remedies or {}
    t.where = M.where(1)   -- the line of `e{`, where `code = "…"` is written
    return t
  end
end

--- A version that ends the sanction of a code: from `effective_from` the act is no longer a violation (the
-- repealing text named by decree, article, clause, point). Title, sector and whom the frame was stated for are
-- those of the code's previous version unless given. Such a version has no frame and allows no warning.
--
--   entry.repeal{ code = "…", decree = "Nghị định …", article = 2, clause = 1, effective_from = "2026-01-16" }
function M.repeal(t)
  M.check_keys(t, M.KEYS,
    { "repeal of " .. tostring(t.code or "(no code)"), "việc bãi bỏ " .. tostring(t.code or "(không có mã)") }, 2)
  t.sanctioned = false
  t.frame_min_vnd, t.frame_max_vnd = 0, 0
  t.warning_allowed = false
  t.remedies = {}
  t.where = M.where(1)
  return t
end

return M
