--- Deadlines: limitation (thời hiệu xử phạt), the decision deadline, and the enforcement period.
--
-- Legal basis: Luật XLVPHC Điều 6 (limitation; as amended 2020 and by Luật 88/2025/QH15 from 2025-07-01),
-- Điều 66 (decision deadline, as amended 2020), Điều 74 (enforcement period, 1 year).
-- Sources: https://luatvietnam.vn/hanh-chinh/thoi-hieu-xu-phat-vi-pham-hanh-chinh-570-90042-article.html
--   https://vuanhlaw.com.vn/faqs/thoi-hieu-xu-phat-vi-pham-hanh-chinh.html (start points)
--   https://luatduonggia.vn/co-duoc-gia-han-thoi-han-ra-quyet-dinh-xu-phat-hanh-chinh (Điều 66)
--   https://123docz.net/trich-doan/4568242-thoi-hieu-va-thoi-han-xu-ly-vi-pham-hanh-chinh.htm (Điều 74)
-- Day-count convention: a period of N days from day D ends on D + N (the day of the event is not counted,
-- Bộ luật Dân sự 2015 Điều 147); a period of N years ends on the anniversary date (settings.period_end).

local settings = require "penalty.settings"
local sectors = require "penalty.sectors"

local M = {}

--- The last day of a period of `months` months starting the day after `day`.
function M.months_after(day, months)
  local last = thanhtra.add_months(day, months)
  if settings.period_end == "day_before" then last = thanhtra.add_days(last, -1) end
  return last
end

--- The limitation of one violation: { years, starts_on, expires_on, citation, text }.
-- Điều 6 k1 b: a completed violation (ended_on given) runs from the day it ended; an ongoing one from the day
-- it was detected (detected_on, or the record date when detection is not given: a record is made at the
-- latest when the violation is detected). With `quiet`, `text` is left out.
function M.limitation(entry, violation, record_on, quiet)
  local sector = sectors.get(entry.sector)
  local rule = sectors.limitation(sector, violation.committed_on)
  local starts_on, how
  if violation.ended_on then
    starts_on, how = violation.ended_on, "hành vi đã kết thúc ngày "
  else
    starts_on, how = violation.detected_on or record_on, "hành vi đang thực hiện, phát hiện ngày "
  end
  local expires_on = M.months_after(starts_on, 12 * rule.years)
  if quiet then
    return { years = rule.years, starts_on = starts_on, expires_on = expires_on, citation = "Điều 6 k1 Luật XLVPHC" }
  end
  return {
    years = rule.years, starts_on = starts_on, expires_on = expires_on,
    citation = "Điều 6 k1 Luật XLVPHC",
    text = "Thời hiệu " .. rule.years .. " năm (lĩnh vực " .. sector.title .. "), tính từ ngày " .. starts_on
      .. " (" .. how .. starts_on .. "); ngày cuối cùng còn được xử phạt: " .. expires_on,
  }
end

--- The decision deadline: { due_on, problems, steps }.
-- Điều 66 k1: 7 days from the record; 30 days for a complex case or when the violator asked to explain
-- (Điều 61); plus an extension granted by the superior, at most settings.decision_extension_cap_days.
-- With request.quiet, no steps.
function M.decision_due(request)
  local steps, problems = {}, {}
  local loud = not request.quiet
  local days, why = 7, "07 ngày kể từ ngày lập biên bản"
  if request.complex or request.explanation_requested then
    days, why = 30, "30 ngày kể từ ngày lập biên bản (vụ việc phức tạp hoặc cá nhân, tổ chức yêu cầu giải trình)"
  end
  local due = thanhtra.add_days(request.record_on, days)
  if loud then
    steps[#steps + 1] = { text = "Thời hạn ra quyết định: " .. why .. " " .. request.record_on .. " → " .. due,
                          citation = "Điều 66 k1 Luật XLVPHC" }
  end
  local extension = request.extension_days or 0
  if extension > 0 then
    local cap = settings.decision_extension_cap_days
    if extension > cap then
      problems[#problems + 1] = { code = "extension_too_long",
        message = "Gia hạn " .. extension .. " ngày vượt quá " .. cap .. " ngày",
        hint = "giới hạn gia hạn là một thiết lập của gói quy tắc (penalty.settings.decision_extension_cap_days), chưa được xác nhận" }
      extension = cap
    end
    due = thanhtra.add_days(due, extension)
    if loud then steps[#steps + 1] = { text = "Gia hạn " .. extension .. " ngày → " .. due, citation = "Điều 66 k1 Luật XLVPHC" } end
  end
  if request.decided_on and thanhtra.compare_dates(request.decided_on, due) > 0 then
    problems[#problems + 1] = { code = "decision_late",
      message = "Quyết định ngày " .. request.decided_on .. " sau hạn cuối " .. due .. " (biên bản ngày " .. request.record_on .. ")",
      hint = "quá thời hạn ra quyết định thì không được ra quyết định xử phạt (Điều 66)" }
  end
  return { due_on = due, problems = problems, steps = steps }
end

--- Điều 74 k1: the decision can be enforced for 1 year from its date; the last day.
function M.enforcement_expires_on(decided_on)
  return M.months_after(decided_on, 12)
end

return M
