--- A simple risk score for picking subjects of an annual inspection plan from the host's view.
--
-- Legal basis: Luật Thanh tra 2022 Điều 45 and Luật Thanh tra 2025 (the annual plan, issued by the Chủ tịch
-- UBND tỉnh); Chỉ thị 20/CT-TTg 2017 (no enterprise inspected more than once a year). The score itself is
-- office policy, not law: an organization never inspected scores 100; otherwise 10 per full year (365 days)
-- since its last inspection opened, at most 90. Organizations inspected within settings.plan_lookback_years
-- calendar years before the plan year are not candidates. Ties go to the smaller identifier.
-- Effective: plans from 2026.

local settings = require "inspection.settings"

local M = {}

--- Candidates: { { subject =, score =, last_opened_on = } } best first, skipping identifiers in `taken`.
function M.rank(request, taken)
  local year = request.year
  local window_start = thanhtra.date(year - settings.plan_lookback_years, 1, 1)
  local plan_start = thanhtra.date(year, 1, 1)
  local last = {}
  for _, past in ipairs(request.past or {}) do
    if type(past.opened_on) == "string" and thanhtra.is_date(past.opened_on) then
      for _, id in ipairs(past.subject_ids or {}) do
        if last[id] == nil or thanhtra.compare_dates(last[id], past.opened_on) < 0 then last[id] = past.opened_on end
      end
    end
  end
  local candidates = {}
  for _, subject in ipairs(request.subjects or {}) do
    local opened = last[subject.id]
    if subject.kind == "organization" and not taken[subject.identifier]
      and (opened == nil or thanhtra.compare_dates(opened, window_start) < 0) then
      local score = 100
      if opened then score = math.min(90, 10 * (thanhtra.days_between(opened, plan_start) // 365)) end
      candidates[#candidates + 1] = { subject = subject, score = score, last_opened_on = opened }
    end
  end
  table.sort(candidates, function(a, b)
    if a.score ~= b.score then return a.score > b.score end
    return a.subject.identifier < b.subject.identifier
  end)
  return candidates
end

return M
