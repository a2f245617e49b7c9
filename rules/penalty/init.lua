--- Penalty rules (xử phạt vi phạm hành chính): the entry points of docs/rule-contract.md "Penalty".
--
-- Legal basis: Luật Xử lý vi phạm hành chính 15/2012/QH13 as amended by Luật 67/2020/QH14 (in force
-- 2022-01-01) and Luật 88/2025/QH15 (in force 2025-07-01); Nghị định 118/2021/NĐ-CP; the sector decrees of
-- penalty/catalog. Each module cites its articles and sources; every open or unconfirmed choice is in
-- penalty/settings.lua. Effective: cases decided from 2022-01-01.

local catalog = require "penalty.catalog"
local circumstances = require "penalty.circumstances"
local policy = require "penalty.policy"
local deadlines = require "penalty.deadlines"
local payment = require "penalty.payment"
local competence = require "penalty.competence"
local money = require "penalty.money"
local sectors = require "penalty.sectors"

local vnd = money.vnd
local M = {}

local function append(list, items)
  for _, item in ipairs(items) do list[#list + 1] = item end
end

--- Known circumstance codes counted; unknown ones reported.
local function count_circumstances(codes, by_code, kind, problems)
  local n = 0
  for _, code in ipairs(codes or {}) do
    if by_code[code] then
      n = n + 1
    else
      problems[#problems + 1] = { code = "unknown_circumstance",
        message = "Tình tiết " .. kind .. " \"" .. tostring(code) .. "\" không có trong danh mục",
        hint = "xem penalty.circumstances() để biết các mã" }
    end
  end
  return n
end

--- penalty.assess(request) → assessment (docs/rule-contract.md).
function M.assess(request)
  local problems, case_steps, lines = {}, {}, {}
  local loud = not request.quiet   -- quiet: only the figures; steps stay empty (docs/rule-contract.md)
  local reference = request.decided_on or request.today   -- the day limitation is judged on
  local m = count_circumstances(request.mitigating, circumstances.mitigating_by_code, "giảm nhẹ", problems)
  local a = count_circumstances(request.aggravating, circumstances.aggravating_by_code, "tăng nặng", problems)
  local total_fine, total_remedial = 0, 0
  local competence_lines = {}

  for index, violation in ipairs(request.violations or {}) do
    local entry = catalog.by_code[violation.code]
    if entry == nil then
      problems[#problems + 1] = { code = "unknown_violation",
        message = "Dòng " .. index .. ": mã hành vi \"" .. tostring(violation.code) .. "\" không có trong danh mục",
        hint = "xem các mã bằng lệnh `thanhtra rules catalog`" }
      lines[index] = { code = violation.code, title = "", basis = "", sector = "", frame_min_vnd = 0, frame_max_vnd = 0,
        fine_vnd = 0, warning = false, remedies = {}, steps = {} }
    else
      local line_problems = {}
      if not catalog.in_force(entry, violation.committed_on) then
        line_problems[#line_problems + 1] = { code = "not_in_force",
          message = "Dòng " .. index .. ": " .. entry.code .. " có hiệu lực từ " .. entry.effective_from
            .. (entry.effective_to and (" đến " .. entry.effective_to) or "") .. ", không áp dụng cho hành vi ngày " .. violation.committed_on }
      end
      local limitation = deadlines.limitation(entry, violation, request.record_on, request.quiet)
      if thanhtra.compare_dates(reference, limitation.expires_on) > 0 then
        line_problems[#line_problems + 1] = { code = "limitation_expired",
          message = "Dòng " .. index .. ": hết thời hiệu " .. limitation.years .. " năm tính từ " .. limitation.starts_on
            .. "; ngày cuối còn được xử phạt là " .. limitation.expires_on .. ", ngày xét " .. reference,
          hint = "không xử phạt; vẫn áp dụng biện pháp khắc phục hậu quả (Điều 65)" }
      end
      local computed = policy.fine{
        violator = request.violator, sector = entry.sector, on = violation.committed_on,
        frame_min_vnd = entry.frame_min_vnd, frame_max_vnd = entry.frame_max_vnd, stated_for = entry.stated_for,
        warning_allowed = entry.warning_allowed, minor = request.minor, mitigating = m, aggravating = a,
        basis = entry.basis, quiet = request.quiet,
      }
      local steps = computed.steps
      if loud then table.insert(steps, 1, { text = limitation.text, citation = limitation.citation }) end
      local fine = computed.fine_vnd
      if #line_problems > 0 then
        fine = 0
        if loud then steps[#steps + 1] = { text = "Không phạt tiền: " .. line_problems[1].message, citation = "Điều 6, Điều 65 Luật XLVPHC" } end
      end
      local remedies = {}
      for _, r in ipairs(entry.remedies) do
        local out = { code = r.code, title = r.title }
        if r.illegal_gain then
          out.amount_vnd = violation.illegal_gain_vnd or 0
          total_remedial = total_remedial + out.amount_vnd
          if loud then steps[#steps + 1] = { text = "Buộc nộp lại số lợi bất hợp pháp: " .. vnd(out.amount_vnd), citation = "Điều 28 k1 i Luật XLVPHC" } end
        end
        remedies[#remedies + 1] = out
      end
      append(problems, line_problems)
      total_fine = total_fine + fine   -- Điều 3 k1 d: each violation fined separately, the total is the sum
      lines[index] = { code = entry.code, title = entry.title, basis = entry.basis, sector = entry.sector,
        frame_min_vnd = computed.frame_min_vnd, frame_max_vnd = computed.frame_max_vnd,
        fine_vnd = fine, warning = computed.warning, remedies = remedies,
        limitation = { years = limitation.years, starts_on = limitation.starts_on, expires_on = limitation.expires_on,
                       citation = limitation.citation },
        steps = steps }
      competence_lines[#competence_lines + 1] = { index = index, code = entry.code, sector = entry.sector,
        frame_max_vnd = computed.frame_max_vnd }
    end
  end

  local due = deadlines.decision_due(request)
  append(case_steps, due.steps)
  append(problems, due.problems)
  if loud then
    case_steps[#case_steps + 1] = { text = "Tổng tiền phạt = " .. vnd(total_fine) .. " (mỗi hành vi bị xử phạt riêng, cộng lại)",
                                    citation = "Điều 3 k1 d Luật XLVPHC" }
  end

  local result = { lines = lines, total_fine_vnd = total_fine, total_remedial_vnd = total_remedial,
                   decision_due_on = due.due_on, steps = case_steps, problems = problems }
  if request.decided_on then
    result.enforcement_expires_on = deadlines.enforcement_expires_on(request.decided_on)
    if loud then
      case_steps[#case_steps + 1] = { text = "Thời hiệu thi hành quyết định 01 năm: đến hết ngày " .. result.enforcement_expires_on,
                                      citation = "Điều 74 k1 Luật XLVPHC" }
    end
  end
  if request.signer then
    local checked, competence_problems, competence_steps = competence.check(request.signer, request.violator,
      competence_lines, reference)
    result.competence = checked
    append(case_steps, competence_steps)
    append(problems, competence_problems)
  end
  return result
end

--- penalty.fine(request): the fine policy alone for a frame given directly (not in the contract; for rule
-- authors' tests and what-if questions). request = { violator, sector, on, frame_min_vnd, frame_max_vnd,
-- stated_for, warning_allowed, minor, mitigating = n, aggravating = n }.
function M.fine(request) return policy.fine(request) end

M.payment_due = payment.payment_due
M.surcharge = payment.surcharge
M.check_installments = payment.check_installments
M.check_postponement = payment.check_postponement

--- penalty.catalog{ on, sector } → { entries }
function M.catalog(request)
  request = request or {}
  local entries = {}
  for _, entry in ipairs(catalog.entries) do
    if (request.on == nil or catalog.in_force(entry, request.on)) and (request.sector == nil or entry.sector == request.sector) then
      entries[#entries + 1] = catalog.public(entry)
    end
  end
  return { entries = entries }
end

--- penalty.circumstances() → { mitigating, aggravating }
function M.circumstances()
  return { mitigating = circumstances.mitigating, aggravating = circumstances.aggravating }
end

--- penalty.sectors() → { sectors = { { code, title, max_individual_vnd, max = { { from, max_individual_vnd } } } } }
-- Read-only: the sector table of penalty/sectors.lua, sorted by code, for `thanhtra rules check`.
function M.sectors()
  local out = {}
  for code, sector in pairs(sectors.list) do
    local max = {}
    for _, period in ipairs(sector.max or {}) do
      max[#max + 1] = { from = period.from, max_individual_vnd = period.max_individual_vnd }
    end
    out[#out + 1] = { code = code, title = sector.title, max_individual_vnd = sector.max_individual_vnd, max = max }
  end
  table.sort(out, function(a, b) return a.code < b.code end)
  return { sectors = out }
end

--- penalty.titles{ on } → { titles }
function M.titles(request)
  return { titles = competence.list(request.on) }
end

return M
