--- The catalog's index: every entry of every decree file, the versions of each code in date order, the codes
-- linked across a renumbering, and the version in force on a day.
--
-- Legal basis: none of its own (each decree file cites its own). An entry is in force on a day when
-- effective_from <= day and (effective_to == nil or day <= effective_to): effective_to is the LAST day.
--
-- Versions. One code may be written several times, once per text: a later decree or an amendment changed the
-- frame or the wording from a date. Their periods must not overlap (one text per act and day); the loader
-- refuses a catalog where two versions of a code overlap and names both entries by file and line.
-- A version with `sanctioned = false` (entry.repeal) says the act is no longer a violation from its first day.
-- `succeeds = "OLD-CODE"` (or a list of codes) links a code to the code(s) it replaces under a new number, so an
-- act moved to another decree or clause keeps its history: the versions of linked codes are versions of one act.
--
-- The loader checks only what it needs to build the index; `thanhtra rules check` checks every field.

local say = require "lib.say"

-- Globals read for every case, kept as locals: once the pack is loaded the host freezes the globals, and each
-- read of a global then goes through the frozen table's metatable (rules diff reads them millions of times).
local compare_dates, ipairs = thanhtra.compare_dates, ipairs

local M = {}

--- Whether `entry` is in force on `day`.
function M.in_force(entry, day)
  if compare_dates(entry.effective_from, day) > 0 then return false end
  return entry.effective_to == nil or compare_dates(day, entry.effective_to) <= 0
end

--- "điểm a khoản 1 Điều 16 Nghị định 125/2020/NĐ-CP"
local function basis(entry)
  local parts = {}
  if entry.point then parts[#parts + 1] = "điểm " .. entry.point end
  if entry.clause then parts[#parts + 1] = "khoản " .. entry.clause end
  if entry.article then parts[#parts + 1] = "Điều " .. entry.article end
  parts[#parts + 1] = entry.decree
  return table.concat(parts, " ")
end

--- The codes an entry succeeds, as a list (`succeeds` is a code or a list of codes).
local function predecessors(entry)
  local s = entry.succeeds
  if type(s) == "string" then return { s } end
  if type(s) == "table" then
    local out = {}
    for _, code in ipairs(s) do
      if type(code) == "string" then out[#out + 1] = code end
    end
    return out
  end
  return {}
end
M.predecessors = predecessors

--- Whether the entry's dates can be compared (the lint reports the others).
local function dated(entry)
  return type(entry.code) == "string" and type(entry.effective_from) == "string"
    and thanhtra.is_date(entry.effective_from)
    and (entry.effective_to == nil or (type(entry.effective_to) == "string" and thanhtra.is_date(entry.effective_to)))
end

--- How an entry is named in a message: its place, else its number in its file (in English and in Vietnamese).
local function place(entry)
  return entry.where or ("entry #" .. entry.number .. " of " .. entry.source)
end
local function place_vi(entry)
  return entry.where or ("mục thứ " .. entry.number .. " của " .. entry.source)
end

local function span(entry)
  return "from " .. entry.effective_from .. " to " .. (entry.effective_to or "(no end)")
end
local function span_vi(entry)
  return "từ " .. entry.effective_from .. " đến " .. (entry.effective_to or "(không có ngày hết hiệu lực)")
end

--- Refuses two versions of one code in force on the same day: an error at the later-loaded entry's line.
local function refuse_overlap(code, a, b)
  local earlier, later = a, b
  if compare_dates(b.effective_from, a.effective_from) < 0 then earlier, later = b, a end
  local first, second = a, b
  if b.load_index < a.load_index then first, second = b, a end
  local message = "catalog code " .. code .. " is defined twice for the same days: " .. span(second)
    .. " (this entry) and " .. span(first) .. " (the entry at " .. place(first) .. ")"
  local message_vi = "mã danh mục " .. code .. " được định nghĩa hai lần cho cùng những ngày: " .. span_vi(second)
    .. " (mục này) và " .. span_vi(first) .. " (mục ở " .. place_vi(first) .. ")"
  local day_before = thanhtra.add_days(later.effective_from, -1)
  local hint = "a code has one version a day: end the earlier version the day before the later one starts "
    .. "(effective_to = \"" .. day_before .. "\"), or give the new text its own code"
  local hint_vi = "mỗi ngày một mã chỉ có một phiên bản: cho phiên bản trước hết hiệu lực vào ngày trước ngày phiên bản "
    .. "sau bắt đầu (effective_to = \"" .. day_before .. "\"), hoặc cho văn bản mới một mã riêng"
  if second.where then
    say.error(0, second.where .. ": " .. message, message_vi, hint, hint_vi)
  end
  say.error(0, message .. " (" .. place(second) .. ")", message_vi .. " (" .. place_vi(second) .. ")", hint, hint_vi)
end

--- Builds the catalog from `sources`, a list of { name = "rules/penalty/catalog/x.lua", entries = { … } } in
-- load order. Returns { entries, by_code, versions, in_force, in_force_on, versions_of, successors, public }:
--   entries      every entry, in load order (one per version);
--   versions     versions[code] = that code's entries, by effective_from;
--   by_code      by_code[code] = the code's latest version (for callers that know only one version per code);
--   in_force_on(code, day)  the version of the act in force on `day`: the code's own, else a linked code's; nil;
--   versions_of(code)       every version of the act (the code and the codes linked to it), by effective_from.
-- Raises an error at the entry's file and line when two versions of one code overlap.
function M.build(sources)
  local catalog = { entries = {}, by_code = {}, versions = {}, successors = {} }
  local load_index = 0
  for _, source in ipairs(sources) do
    for number, entry in ipairs(source.entries) do
      load_index = load_index + 1
      entry.source, entry.number, entry.load_index = source.name, number, load_index
      catalog.entries[#catalog.entries + 1] = entry
      if dated(entry) then
        local list = catalog.versions[entry.code] or {}
        list[#list + 1] = entry
        catalog.versions[entry.code] = list
      end
    end
  end

  for code, list in pairs(catalog.versions) do
    table.sort(list, function(a, b)
      local c = compare_dates(a.effective_from, b.effective_from)
      if c ~= 0 then return c < 0 end
      return a.load_index < b.load_index
    end)
    for i = 2, #list do
      local previous, entry = list[i - 1], list[i]
      if previous.effective_to == nil or compare_dates(previous.effective_to, entry.effective_from) >= 0 then
        refuse_overlap(code, previous, entry)
      end
      if entry.sanctioned == false then   -- a repeal keeps the act's title, sector and whom it was stated for
        entry.title = entry.title or previous.title
        entry.sector = entry.sector or previous.sector
        entry.stated_for = entry.stated_for or previous.stated_for
      end
    end
    catalog.by_code[code] = list[#list]
    for _, entry in ipairs(list) do
      for _, old in ipairs(predecessors(entry)) do
        local next_codes = catalog.successors[old] or {}
        local known = false
        for _, c in ipairs(next_codes) do known = known or c == code end
        if not known then next_codes[#next_codes + 1] = code end
        catalog.successors[old] = next_codes
      end
    end
  end
  for _, entry in ipairs(catalog.entries) do entry.basis = basis(entry) end

  -- lineage and versions_of are asked for every violation of every case (rules diff runs millions): the
  -- catalog does not change once built, so each answer is kept. Callers must not modify the lists returned.
  local lineages, acts = {}, {}

  --- The codes of one act: `code`, then its successors (transitively), then its predecessors.
  function catalog.lineage(code)
    if lineages[code] then return lineages[code] end
    local seen, out, queue = { [code] = true }, { code }, { code }
    local head = 1
    while head <= #queue do   -- successors first, breadth first
      for _, next_code in ipairs(catalog.successors[queue[head]] or {}) do
        if not seen[next_code] then
          seen[next_code] = true
          out[#out + 1], queue[#queue + 1] = next_code, next_code
        end
      end
      head = head + 1
    end
    queue, head = { code }, 1
    while head <= #queue do   -- then predecessors
      for _, entry in ipairs(catalog.versions[queue[head]] or {}) do
        for _, old in ipairs(predecessors(entry)) do
          if not seen[old] then
            seen[old] = true
            out[#out + 1], queue[#queue + 1] = old, old
          end
        end
      end
      head = head + 1
    end
    lineages[code] = out
    return out
  end

  --- The versions of the act `code` in the order in_force_on searches them: the code's own, then those of each
  -- linked code (lineage order). Kept per code, like lineage.
  local chains = {}
  local function chain(code)
    local out = {}
    for _, c in ipairs(catalog.lineage(code)) do
      for _, entry in ipairs(catalog.versions[c] or {}) do out[#out + 1] = entry end
    end
    chains[code] = out
    return out
  end

  --- The version of the act `code` in force on `day`, or nil.
  local in_force = M.in_force
  function catalog.in_force_on(code, day)
    local list = chains[code] or chain(code)
    for i = 1, #list do
      local entry = list[i]
      if in_force(entry, day) then return entry end
    end
    return nil
  end

  --- Every version of the act `code`, by effective_from.
  function catalog.versions_of(code)
    if acts[code] then return acts[code] end
    local out = {}
    for _, c in ipairs(catalog.lineage(code)) do
      for _, entry in ipairs(catalog.versions[c] or {}) do out[#out + 1] = entry end
    end
    table.sort(out, function(a, b)
      local c = compare_dates(a.effective_from, b.effective_from)
      if c ~= 0 then return c < 0 end
      return a.load_index < b.load_index
    end)
    acts[code] = out
    return out
  end

  catalog.in_force = M.in_force
  catalog.public = M.public
  return catalog
end

--- The entry as the contract shows it: remedies without internal flags, `succeeds` as a list, `sanctioned`.
function M.public(entry)
  local remedies = {}
  for _, r in ipairs(entry.remedies or {}) do remedies[#remedies + 1] = { code = r.code, title = r.title } end
  local succeeds = entry.succeeds   -- passed through as written (a code becomes a list) for rules check
  if type(succeeds) == "string" then succeeds = { succeeds } end
  local sanctioned = entry.sanctioned
  if sanctioned == nil then sanctioned = true end
  return {
    code = entry.code, title = entry.title, basis = entry.basis, decree = entry.decree,
    article = entry.article, clause = entry.clause, point = entry.point, sector = entry.sector,
    frame_min_vnd = entry.frame_min_vnd, frame_max_vnd = entry.frame_max_vnd, stated_for = entry.stated_for,
    warning_allowed = entry.warning_allowed, remedies = remedies,
    effective_from = entry.effective_from, effective_to = entry.effective_to,
    sanctioned = sanctioned, succeeds = succeeds,
  }
end

return M
