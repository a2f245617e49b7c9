--- Inspection rules (thanh tra): the entry points of docs/rule-contract.md "Inspections".
--
-- Legal basis: Luật Thanh tra 11/2022/QH15 (decisions 2023-07-01 … 2025-06-30) with NĐ 43/2023/NĐ-CP; Luật
-- Thanh tra 84/2025/QH15 (decisions from 2025-07-01) with NĐ 216/2025/NĐ-CP; Chỉ thị 20/CT-TTg 2017. Each
-- module cites its articles and sources; every open or unconfirmed choice is in inspection/settings.lua.
-- Problem codes beyond the contract's list: unknown_category, unknown_level, extension_not_allowed,
-- onsite_late, report_late, no_plan, unknown_subject, bad_plan, unknown_finding_category.

local regimes = require "inspection.regimes"
local durations = require "inspection.durations"
local overlap = require "inspection.overlap"
local findings = require "inspection.findings"
local settings = require "inspection.settings"

local M = {}

local function append(list, items)
  for _, item in ipairs(items) do list[#list + 1] = item end
end

local function copy_list(list)
  local out = {}
  for i, item in ipairs(list) do out[i] = { code = item.code, title = item.title } end
  return out
end

--- inspection.categories({ on }) → { categories, levels, finding_categories }
function M.categories(request)
  local regime = regimes.on(request.on)
  return {
    categories = regime and copy_list(regime.categories) or {},
    levels = regime and copy_list(regime.levels) or {},
    finding_categories = copy_list(findings.categories),
  }
end

--- The regime for a decision date, or nil and a problem.
local function regime_for(decided_on, problems)
  if decided_on == nil then
    -- No decision yet: no law applies and no clock has started.
    problems[#problems + 1] = { code = "not_decided",
      message = "Cuộc thanh tra chưa có quyết định thanh tra: chưa xác định được thời hạn",
      hint = "ghi quyết định thanh tra trước (thanhtra inspection decide)" }
    return nil
  end
  local regime = regimes.on(decided_on)
  if regime == nil then
    problems[#problems + 1] = { code = "not_in_force",
      message = "Quyết định thanh tra ngày " .. tostring(decided_on) .. " trước khi Luật Thanh tra 2010 có hiệu lực (2011-07-01)",
      hint = "gói quy tắc có Luật Thanh tra 2010, 2022 và 2025" }
  end
  return regime
end

--- inspection.deadlines(request) → { onsite_due_on, report_due_on, conclusion_due_on, steps, problems }
function M.deadlines(request)
  local steps, problems = {}, {}
  local result = { steps = steps, problems = problems }
  local regime = regime_for(request.decided_on, problems)
  if regime == nil then return result end
  steps[#steps + 1] = { text = "Quyết định thanh tra ngày " .. request.decided_on .. ": áp dụng " .. regime.title,
                        citation = regime.short }
  local code_problems = regimes.check_codes(regime, request.category, request.level)
  if #code_problems > 0 then
    append(problems, code_problems)
    return result
  end
  local level = regimes.level(regime, request.level)
  local rule = durations.onsite(regime, request.level)
  local unit = durations.unit(regime)

  -- On-site period: from the announcement, N counted days, plus extensions, without suspended days.
  if request.announced_on then
    local applied, ext_problems, ext_steps = durations.check_extensions(regime, request.level, request.extensions)
    steps[#steps + 1] = { text = "Thời hạn thanh tra trực tiếp của " .. level.title .. ": không quá " .. rule.days .. " "
      .. unit .. ", tính từ ngày công bố quyết định " .. request.announced_on
      .. (rule.confirmed and "" or " (số ngày chưa được xác nhận: thiết lập onsite_unconfirmed)"), citation = rule.citation }
    append(steps, ext_steps)
    append(problems, ext_problems)
    local resumed, open = {}, nil
    for _, s in ipairs(request.suspensions or {}) do
      if s.until_on == nil then open = s else resumed[#resumed + 1] = s end
    end
    if open then
      steps[#steps + 1] = { text = "Cuộc thanh tra đang tạm dừng từ " .. open.from_on
        .. ": chưa xác định được hạn kết thúc thanh tra trực tiếp", citation = regime.suspension_citation }
    else
      local skip = {}
      if settings.suspension_moves_due then
        for _, s in ipairs(resumed) do
          skip[#skip + 1] = s
          steps[#steps + 1] = { text = "Tạm dừng từ " .. s.from_on .. " đến " .. s.until_on .. ": "
            .. durations.counted_days(regime, s.from_on, s.until_on) .. " " .. unit
            .. " không tính vào thời hạn thanh tra", citation = regime.suspension_citation }
        end
      end
      local total = rule.days + applied
      result.onsite_due_on = durations.onsite_end(regime, request.announced_on, total, skip)
      steps[#steps + 1] = { text = "Hạn kết thúc thanh tra trực tiếp: " .. total .. " " .. unit .. " kể từ "
        .. request.announced_on .. " → " .. result.onsite_due_on
        .. (unit == "ngày làm việc" and " (không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, tết và ngày nghỉ theo thông báo hằng năm)"
            or " (ngày theo lịch, tính cả ngày nghỉ)"),
        citation = rule.citation }
      if request.onsite_ended_on and thanhtra.compare_dates(request.onsite_ended_on, result.onsite_due_on) > 0 then
        problems[#problems + 1] = { code = "onsite_late",
          message = "Kết thúc thanh tra trực tiếp ngày " .. request.onsite_ended_on .. " sau hạn " .. result.onsite_due_on }
      end
    end
  end

  -- Result report: N calendar days after on-site work ended.
  if request.onsite_ended_on then
    local days, confirmed, citation = durations.report_days(regime, request.level)
    local period = durations.calendar_days_after(request.onsite_ended_on, days)
    result.report_due_on = period.due_on
    steps[#steps + 1] = { text = "Báo cáo kết quả thanh tra trong " .. days .. " ngày kể từ ngày kết thúc thanh tra trực tiếp "
      .. request.onsite_ended_on .. " → " .. result.report_due_on .. " (" .. period.text .. ")"
      .. (confirmed and "" or " (chưa được xác nhận: thiết lập report_days_unconfirmed)"),
      citation = citation .. (period.moved and ("; " .. period.citation) or "") }
    if request.reported_on and thanhtra.compare_dates(request.reported_on, result.report_due_on) > 0 then
      problems[#problems + 1] = { code = "report_late",
        message = "Báo cáo kết quả ngày " .. request.reported_on .. " sau hạn " .. result.report_due_on }
    end
  end
  if request.reported_on and regime.code == "luat_2025" then
    steps[#steps + 1] = { text = "Người ra quyết định thanh tra giao xây dựng dự thảo kết luận trong 05 ngày làm việc kể từ "
      .. request.reported_on .. " → " .. durations.working_days_after(request.reported_on, 5)
      .. " (ngày làm việc: không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, tết)",
      citation = "Điều 34 Luật Thanh tra 2025" }
  end

  -- Signed conclusion: N days after the draft (2022, 2025), after the result report (2010: Điều 50 k1).
  local conclusion_from, from_what = request.drafted_on, "ngày nhận dự thảo "
  if durations.conclusion_counts_from_report(regime) then
    conclusion_from, from_what = request.reported_on, "ngày nhận báo cáo kết quả thanh tra "
  end
  if conclusion_from then
    local days, citation = durations.conclusion_days(regime, request.level)
    local period = durations.calendar_days_after(conclusion_from, days)
    result.conclusion_due_on = period.due_on
    steps[#steps + 1] = { text = "Ký kết luận thanh tra trong " .. days .. " ngày kể từ " .. from_what
      .. conclusion_from .. " → " .. result.conclusion_due_on .. " (" .. period.text .. ")",
      citation = citation .. (period.moved and ("; " .. period.citation) or "") }
  end
  return result
end

--- inspection.check_extension(request) → { ok, problems, steps }
function M.check_extension(request)
  local problems, steps = {}, {}
  local regime = regime_for(request.decided_on, problems)
  if regime == nil then return { ok = false, problems = problems, steps = steps } end
  local code_problems = regimes.check_codes(regime, request.category, request.level)
  if #code_problems > 0 then
    append(problems, code_problems)
    return { ok = false, problems = problems, steps = steps }
  end
  -- Only the requested extension decides: earlier ones are counted, not judged again.
  local _, ext_problems, ext_steps = durations.check_extensions(regime, request.level, request.extensions, request.days)
  append(steps, ext_steps)
  for _, p in ipairs(ext_problems) do
    if p.message:find("^Gia hạn đề nghị thêm") then problems[#problems + 1] = p end
  end
  return { ok = #problems == 0, problems = problems, steps = steps }
end

--- inspection.overlap(request) → { action, collisions, steps }
function M.overlap(request)
  return overlap.check(request)
end

--- inspection.classify(finding) → { category, title, steps, problems }
function M.classify(finding)
  return findings.classify(finding)
end

--- inspection.recovery(finding) → { recovery_vnd, other_financial_vnd, land_dm2, steps }
function M.recovery(finding)
  return findings.recovery(finding)
end

local function period_ok(period, year)
  if type(period) ~= "string" then return false end
  local y, q = period:match("^(%d%d%d%d)%-Q([1-4])$")
  if y then return tonumber(y) == year end
  local y2, m = period:match("^(%d%d%d%d)%-(%d%d)$")
  return y2 ~= nil and tonumber(y2) == year and tonumber(m) >= 1 and tonumber(m) <= 12
end

--- inspection.plan(request) → { entries, problems }
function M.plan(request)
  local problems, entries = {}, {}
  local year = request.year
  local ok, plan = pcall(require, "inspection.plans." .. tostring(year))
  -- A plan file that exists but fails (a misspelt key, a syntax error) is its own error at its line, not "no plan".
  if not ok and not tostring(plan):find("not found in the rule pack", 1, true) then error(plan, 0) end
  if not ok or type(plan) ~= "function" then
    problems[#problems + 1] = { code = "no_plan",
      message = "Không có kế hoạch thanh tra năm " .. tostring(year) .. " trong gói quy tắc",
      hint = "thêm tệp inspection/plans/" .. tostring(year) .. ".lua" }
    return { entries = entries, problems = problems }
  end
  local registered = {}
  for _, s in ipairs(request.subjects or {}) do registered[s.identifier] = true end
  local regime = regimes.on(thanhtra.date(year, 1, 1))
  local seen = {}
  for _, entry in ipairs(plan(request)) do
    local good = true
    if seen[entry.key] then
      problems[#problems + 1] = { code = "bad_plan", message = "Khóa \"" .. tostring(entry.key) .. "\" bị trùng" }
      good = false
    end
    seen[entry.key] = true
    for _, id in ipairs(entry.subjects) do
      if not registered[id] then
        problems[#problems + 1] = { code = "unknown_subject",
          message = "Mục " .. entry.key .. ": đối tượng " .. id .. " chưa có trong danh sách đối tượng",
          hint = "đăng ký đối tượng trước rồi nạp lại kế hoạch; mục này chưa được tạo" }
        good = false
      end
    end
    for _, p in ipairs(regime and regimes.check_codes(regime, entry.category, entry.level, "Mục " .. entry.key .. ": ") or {}) do
      problems[#problems + 1] = { code = "bad_plan", message = p.message, hint = p.hint }
      good = false
    end
    if not period_ok(entry.period, year) then
      problems[#problems + 1] = { code = "bad_plan",
        message = "Mục " .. entry.key .. ": kỳ \"" .. tostring(entry.period) .. "\" không thuộc năm " .. year }
      good = false
    end
    if good then entries[#entries + 1] = entry end
  end
  return { entries = entries, problems = problems }
end

return M
