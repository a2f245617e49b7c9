--- Deadlines: limitation (thời hiệu xử phạt), the decision deadline, and the enforcement period.
--
-- Legal basis: Luật XLVPHC Điều 6 (limitation; as amended 2020 and by Luật 88/2025/QH15 from 2025-07-01),
-- Điều 66 (decision deadline, as amended 2020), Điều 74 (enforcement period, 1 year).
-- Sources: https://luatvietnam.vn/hanh-chinh/thoi-hieu-xu-phat-vi-pham-hanh-chinh-570-90042-article.html
--   https://vuanhlaw.com.vn/faqs/thoi-hieu-xu-phat-vi-pham-hanh-chinh.html (start points)
--   https://luatduonggia.vn/co-duoc-gia-han-thoi-han-ra-quyet-dinh-xu-phat-hanh-chinh (Điều 66)
--   https://123docz.net/trich-doan/4568242-thoi-hieu-va-thoi-han-xu-ly-vi-pham-hanh-chinh.htm (Điều 74)
-- Day-count convention: a period of N days from day D ends on D + N (the day of the event is not counted,
-- Bộ luật Dân sự 2015 Điều 147); a period of N years ends on the anniversary date (settings.period_end). A last
-- day that is a weekly rest day or a holiday moves to the next working day (Điều 148 k5; rules/calendar), and
-- a period the law counts in working days skips them (settings.day_count says which is which).

local settings = require "penalty.settings"
local sectors = require "penalty.sectors"
local calendar = require "calendar"
local memo = require "lib.memo"

-- Globals read for every case, kept as locals: once the pack is loaded the host freezes the globals, and each
-- read of a global then goes through the frozen table's metatable (rules diff reads them millions of times).
local compare_dates, max = thanhtra.compare_dates, math.max

local M = {}

--- The last day of a period of `months` months starting the day after `day` (no roll-over).
function M.months_after(day, months)
  local last = thanhtra.add_months(day, months)
  if settings.period_end == "day_before" then last = thanhtra.add_days(last, -1) end
  return last
end

--- A period of `years` years from `day`, its last day rolled over (settings.roll_over_years):
-- { due_on, nominal_on, moved, text, citation } (calendar.rolled).
-- Remembered per (day, years): the answer is shared, read-only by convention (lib.memo).
M.years_after = memo.two(function(day, years)
  local nominal = M.months_after(day, 12 * years)
  local what = years .. " năm (ngày theo lịch) kể từ ngày " .. day
  if not settings.roll_over_years then
    return { due_on = nominal, nominal_on = nominal, moved = false, unit = "calendar",
             text = what .. ": ngày cuối " .. nominal .. " (không chuyển ngày nghỉ: penalty.settings.roll_over_years)" }
  end
  return calendar.rolled(nominal, what)
end, 20000)

--- A period of `days` days from `day`, counted as settings.day_count[kind] says (calendar days rolled over, or
-- working days): { due_on, nominal_on, moved, unit, text, citation }.
function M.days_after(kind, day, days)
  if settings.day_count[kind] == "working" then return calendar.working_period(day, days) end
  return calendar.calendar_period(day, days)
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
  local period = M.years_after(starts_on, rule.years)
  local expires_on = period.due_on
  if quiet then
    return { years = rule.years, starts_on = starts_on, expires_on = expires_on, citation = "Điều 6 k1 Luật XLVPHC" }
  end
  return {
    years = rule.years, starts_on = starts_on, expires_on = expires_on,
    citation = "Điều 6 k1 Luật XLVPHC" .. (period.moved and ("; " .. period.citation) or ""),
    text = "Thời hiệu " .. rule.years .. " năm (lĩnh vực " .. sector.title .. "), tính từ ngày " .. starts_on
      .. " (" .. how .. starts_on .. "); ngày cuối cùng còn được xử phạt: " .. expires_on
      .. (period.moved and (" (" .. period.text .. ")") or ""),
  }
end

--- The decision deadline: decision_due(request, problems, steps) → due_on, adding its problems to the list
-- `problems` and, unless request.quiet, its steps to `steps` (penalty.assess's own lists: nothing is built to be
-- copied over).
-- Điều 66 k1: 7 days from the record; 30 days for a complex case or when the violator asked to explain
-- (Điều 61); plus an extension granted by the superior, at most settings.decision_extension_cap_days.
function M.decision_due(request, problems, steps)
  local loud = not request.quiet
  local days, why = 7, "07 ngày kể từ ngày lập biên bản"
  if request.complex or request.explanation_requested then
    days, why = 30, "30 ngày kể từ ngày lập biên bản (vụ việc phức tạp hoặc cá nhân, tổ chức yêu cầu giải trình)"
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
  end
  -- The extension lengthens the period; the last day of the whole period is then rolled over once.
  local period = M.days_after("decision", request.record_on, days + max(extension, 0))
  local due = period.due_on
  if loud then
    steps[#steps + 1] = { text = "Thời hạn ra quyết định: " .. why .. " " .. request.record_on
      .. (extension > 0 and (", gia hạn " .. extension .. " ngày") or "") .. " → " .. due .. " (" .. period.text .. ")",
      citation = "Điều 66 k1 Luật XLVPHC" .. (period.moved and ("; " .. period.citation) or "") }
    if request.explanation_requested then
      local explanation = M.days_after("explanation", request.record_on, settings.explanation_days)
      local longest = M.days_after("explanation", request.record_on, settings.explanation_days + settings.explanation_extension_days)
      steps[#steps + 1] = { text = "Thời hạn giải trình bằng văn bản: " .. explanation.text .. " → " .. explanation.due_on
        .. "; gia hạn tối đa " .. settings.explanation_extension_days .. " ngày nữa → " .. longest.due_on
        .. (settings.day_count.explanation == "working" and " (tính theo ngày làm việc: chưa được xác nhận, penalty.settings.day_count.explanation)" or ""),
        citation = "Điều 61 k2 Luật XLVPHC" }
    end
  end
  if request.decided_on and compare_dates(request.decided_on, due) > 0 then
    problems[#problems + 1] = { code = "decision_late",
      message = "Quyết định ngày " .. request.decided_on .. " sau hạn cuối " .. due .. " (biên bản ngày " .. request.record_on .. ")",
      hint = "quá thời hạn ra quyết định thì không được ra quyết định xử phạt (Điều 66)" }
  end
  return due
end

--- Điều 74 k1: the decision can be enforced for 1 year from its date; the period (years_after): due_on is the
-- last day.
function M.enforcement(decided_on)
  return M.years_after(decided_on, 1)
end

--- Điều 74 k1: the last day the decision can be enforced.
function M.enforcement_expires_on(decided_on)
  return M.enforcement(decided_on).due_on
end

--- Điều 70: the last day to send the decision to the violator (settings.sending_days, counted by
-- settings.day_count.sending).
function M.sending(decided_on)
  return M.days_after("sending", decided_on, settings.sending_days)
end

return M
