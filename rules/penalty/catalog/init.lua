--- The violation catalog: every entry of every decree file, indexed by code.
--
-- Legal basis: see each decree file (nd125_2020, nd168_2024, nd12_2022). An entry is in force on a day when
-- effective_from <= day and (effective_to == nil or day <= effective_to): effective_to is the LAST day.

local files = {
  require "penalty.catalog.nd125_2020",
  require "penalty.catalog.nd168_2024",
  require "penalty.catalog.nd12_2022",
}

local M = { entries = {}, by_code = {} }

--- "điểm a khoản 1 Điều 16 Nghị định 125/2020/NĐ-CP"
local function basis(entry)
  local parts = {}
  if entry.point then parts[#parts + 1] = "điểm " .. entry.point end
  if entry.clause then parts[#parts + 1] = "khoản " .. entry.clause end
  parts[#parts + 1] = "Điều " .. entry.article
  parts[#parts + 1] = entry.decree
  return table.concat(parts, " ")
end

for _, file in ipairs(files) do
  for _, entry in ipairs(file) do
    if M.by_code[entry.code] then error("duplicate catalog code " .. entry.code) end
    entry.basis = basis(entry)
    M.entries[#M.entries + 1] = entry
    M.by_code[entry.code] = entry
  end
end

--- Whether `entry` is in force on `day`.
function M.in_force(entry, day)
  if thanhtra.compare_dates(entry.effective_from, day) > 0 then return false end
  return entry.effective_to == nil or thanhtra.compare_dates(day, entry.effective_to) <= 0
end

--- The entry as the contract shows it (remedies without internal flags).
function M.public(entry)
  local remedies = {}
  for _, r in ipairs(entry.remedies) do remedies[#remedies + 1] = { code = r.code, title = r.title } end
  return {
    code = entry.code, title = entry.title, basis = entry.basis, decree = entry.decree,
    article = entry.article, clause = entry.clause, point = entry.point, sector = entry.sector,
    frame_min_vnd = entry.frame_min_vnd, frame_max_vnd = entry.frame_max_vnd, stated_for = entry.stated_for,
    warning_allowed = entry.warning_allowed, remedies = remedies,
    effective_from = entry.effective_from, effective_to = entry.effective_to,
  }
end

return M
