--- The narrative paragraph of a period report (the text an officer pastes into the written report, Mẫu số 01
-- of TT 01/2024/TT-TTCP, part "kết quả công tác thanh tra"), from a template kept here.
--
-- Legal basis: none beyond the forms' figures (report/forms.lua); wording follows provincial reports
-- (legal-vn.md §3.2, §4). Money wording: report/money.lua `words` (rounded down, "hơn" when rounded);
-- land: exact m². Effective: always.
--
-- The template: each clause below is said only when one of its figures is not zero; inside a clause, the
-- parts with a zero figure are left out. {name} is replaced by a value; {from} and {through} are the period's
-- first and last days (dd/mm/yyyy); {subject} is settings.narrative_subject.

local settings = require "report.settings"
local money = require "report.money"
local periods = require "report.periods"

local M = {}

M.template = {
  opening = "Trong kỳ (từ {from} đến {through}), {subject} triển khai {total} cuộc thanh tra",
  nothing = "Trong kỳ (từ {from} đến {through}), {subject} không triển khai cuộc thanh tra nào",
  start_parts = { { figure = "inspections.carried_over", text = "kỳ trước chuyển sang {n} cuộc" },
                  { figure = "inspections.opened", text = "triển khai mới {n} cuộc" } },
  mode_intro = "trong đó ",
  mode_parts = { { figure = "inspections.scheduled", text = "{n} cuộc theo kế hoạch" },
                 { figure = "inspections.unscheduled", text = "{n} cuộc đột xuất" },
                 { figure = "inspections.regular", text = "{n} cuộc thường xuyên" } },
  clauses = {
    { intro = "đã ban hành kết luận ",
      parts = { { figure = "inspections.concluded", text = "{n} cuộc" } } },
    { intro = "phát hiện sai phạm ", joiner = " và ",
      parts = { { figure = "violations.money_vnd", text = "{money}" },
                { figure = "violations.land_dm2", text = "{land} đất" } } },
    { intro = "kiến nghị thu hồi ", joiner = " và ",
      parts = { { figure = "recovery.recommended_vnd", text = "{money}" },
                { figure = "recovery.recommended_land_dm2", text = "{land} đất" } } },
    { intro = "kiến nghị xử lý khác về kinh tế ",
      parts = { { figure = "other_financial.recommended_vnd", text = "{money}" } } },
    { intro = "kiến nghị xử lý hành chính ",
      parts = { { figure = "handling.collectives_recommended", text = "{n} tập thể" },
                { figure = "handling.persons_recommended", text = "{n} cá nhân" } } },
    { intro = "chuyển cơ quan điều tra ",
      parts = { { figure = "transfer.cases", text = "{n} vụ" },
                { figure = "transfer.persons", text = "{n} đối tượng" } } },
  },
  penalty_opening = "Xử phạt vi phạm hành chính: {decisions} quyết định",
  penalty_parts = { { figure = "penalty.decisions_organizations", text = "{n} tổ chức" },
                    { figure = "penalty.decisions_individuals", text = "{n} cá nhân" } },
  penalty_clauses = {
    { sep = ", ", intro = "tổng số tiền phạt ", parts = { { figure = "penalty.fines_imposed_vnd", text = "{money}" } } },
    { sep = "; ", intro = "đã thu ", parts = { { figure = "penalty.fines_collected_vnd", text = "{money}" } } },
  },
}

local function fill(text, values)
  return (text:gsub("{(%w+)}", function(key)
    local v = values[key]
    if v == nil then error("report.narrative: the template names {" .. key .. "}, which has no value") end
    return v
  end))
end

local function value(figures, name)
  return figures[name] or 0
end

--- The parts of a list whose figure is not zero, filled in.
local function parts(figures, list)
  local out = {}
  for _, part in ipairs(list) do
    local v = value(figures, part.figure)
    if v ~= 0 then
      out[#out + 1] = fill(part.text, { n = money.group(v), money = money.words(v), land = money.m2(v) })
    end
  end
  return out
end

--- Clauses whose figures are not all zero: "intro part1, part2", each preceded by its `sep` (default "; ").
local function clauses(figures, list)
  local out = {}
  for _, clause in ipairs(list) do
    local p = parts(figures, clause.parts)
    if #p > 0 then out[#out + 1] = (clause.sep or "; ") .. clause.intro .. table.concat(p, clause.joiner or ", ") end
  end
  return out
end

--- report.narrative({ period, figures, language }) → { text, problems }
function M.narrative(request)
  local t = M.template
  local figures = request.figures or {}
  local period = request.period or {}
  local problems = {}
  if request.language ~= nil and request.language ~= "vi" then
    problems[#problems + 1] = { code = "unsupported_language",
      message = "Gói quy tắc chỉ viết báo cáo bằng tiếng Việt (language = \"vi\"), không có \"" .. tostring(request.language) .. "\"" }
  end
  if not (period.from and period.before and thanhtra.is_date(period.from) and thanhtra.is_date(period.before)) then
    return { text = "", problems = { { code = "bad_period", message = "Kỳ báo cáo thiếu ngày bắt đầu (from) hoặc ngày kết thúc (before)" } } }
  end
  local values = { from = periods.vn_date(period.from), through = periods.vn_date(thanhtra.add_days(period.before, -1)),
                   subject = settings.narrative_subject, total = money.group(value(figures, "inspections.total")) }

  local sentences = {}
  if value(figures, "inspections.total") == 0 then
    sentences[1] = fill(t.nothing, values) .. "."
  else
    local first = fill(t.opening, values)
    -- "(kỳ trước chuyển sang …, triển khai mới …)" only when some were carried over: otherwise all are new.
    if value(figures, "inspections.carried_over") ~= 0 then
      first = first .. " (" .. table.concat(parts(figures, t.start_parts), ", ") .. ")"
    end
    local modes = parts(figures, t.mode_parts)
    if #modes > 0 then first = first .. ", " .. t.mode_intro .. table.concat(modes, ", ") end
    sentences[1] = first .. table.concat(clauses(figures, t.clauses)) .. "."
  end

  if value(figures, "penalty.decisions") ~= 0 then
    local second = fill(t.penalty_opening, { decisions = money.group(value(figures, "penalty.decisions")) })
    local who = parts(figures, t.penalty_parts)
    if #who > 0 then second = second .. " (" .. table.concat(who, ", ") .. ")" end
    sentences[#sentences + 1] = second .. table.concat(clauses(figures, t.penalty_clauses)) .. "."
  end
  return { text = table.concat(sentences, " "), problems = problems }
end

return M
