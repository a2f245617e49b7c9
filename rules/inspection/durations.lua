--- Inspection durations: the on-site period with its extensions and suspensions, the result report and the
-- signed conclusion.
--
-- Legal basis:
--   Luật Thanh tra 2010 Điều 45 k1 (thời hạn thanh tra hành chính): Thanh tra Chính phủ ≤ 60 days, complex ≤ 90,
--     especially complex ≤ 150; Thanh tra tỉnh / bộ ≤ 45, complex ≤ 70; Thanh tra sở / huyện ≤ 30, in mountain,
--     border, island and remote areas ≤ 45; counted from the announcement of the decision to the end of the
--     inspection at the inspected place. CONFIRMED: https://vaa.com.vn/quy-dinh-chung-ve-thoi-han-thanh-tra/ ;
--     http://tcvg.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?ItemID=3796&Mode=1 . The law gives the
--     longest total ("kéo dài … nhưng không quá N ngày"), not a number of extensions: `max_total`.
--     Specialized inspections (Điều 56) and the Tổng cục / Cục / Chi cục levels: settings.onsite_unconfirmed.
--   Luật Thanh tra 2010 Điều 50 k1: the conclusion within 15 days of receiving the result report. CONFIRMED:
--     https://hethongphapluat.com/luat-thanh-tra-2010/dieu-50 . The report's own period: UNCONFIRMED
--     (settings.report_days_unconfirmed).
--   Luật Thanh tra 2022 Điều 47 (thời hạn thanh tra): Thanh tra Chính phủ ≤ 60 days, complex → one extension
--     ≤ 30 days, especially complex → a second ≤ 30 days. CONFIRMED:
--     https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/grounds-for-issuance-of-decision-on-inspection-in-vietnam-124532.html
--     The other levels are UNCONFIRMED: settings.onsite_unconfirmed.
--   Luật Thanh tra 2022: result report with the draft conclusion ≤ 20 days (Thanh tra tỉnh), ≤ 15 days (Thanh
--     tra sở, huyện) after on-site work ends. CONFIRMED (secondary):
--     https://thanhtra.sonla.gov.vn/tin-trong-nganh/mot-so-diem-dang-luu-y-luat-thanh-tra-nam-2022-662507
--   Luật Thanh tra 2022 Điều 78: the conclusion is signed within 15 days of receiving the draft. CONFIRMED:
--     https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Luat-Thanh-tra-2022-544688.aspx?anchor=dieu_89
--   Luật Thanh tra 2025 Điều 34 (drafting assigned within 05 working days of the report) and Điều 36 (signed
--     within 15 days of the draft; Thanh tra Chính phủ up to 30 days). CONFIRMED:
--     http://www.hethongphapluat.com/luat-thanh-tra-2025/dieu-34 ; http://www.hethongphapluat.com/luat-thanh-tra-2025/dieu-36
--   Luật Thanh tra 2025: Thanh tra Chính phủ ≤ 60 days CONFIRMED (legal-vn.md §2.3); the rest UNCONFIRMED.
--   Suspension: Điều 70 Luật Thanh tra 2022 (settings.suspension_moves_due).
-- Day counts: the on-site period in working or calendar days (settings.onsite_day_count), the announcement day
-- counted (settings.onsite_count_announcement_day); working days are those of rules/calendar (weekly rest days,
-- the statutory holidays and each year's announced days off and swaps) less settings.public_holidays. Report
-- and conclusion periods "trong N ngày kể từ" end on D + N calendar days (Bộ luật Dân sự 2015 Điều 147: the day
-- of the event is not counted), the last day rolled over to the next working day when it is a rest day or a
-- holiday (Điều 148 k5; settings.roll_over), as in the penalty rules.

local say = require "lib.say"
local settings = require "inspection.settings"
local calendar = require "calendar"

local M = {}

-- CONFIRMED figures; settings supply the UNCONFIRMED ones.
local ONSITE = {
  luat_2010 = {
    thanh_tra_chinh_phu = { days = 60, extensions = 2, max_total = 150 },
    thanh_tra_bo = { days = 45, extensions = 1, max_total = 70 },
    thanh_tra_tinh = { days = 45, extensions = 1, max_total = 70 },
    thanh_tra_so = { days = 30, extensions = 1, max_total = 45 },
    thanh_tra_huyen = { days = 30, extensions = 1, max_total = 45 },
  },
  luat_2022 = { thanh_tra_chinh_phu = { days = 60, extensions = 2, extension_days = 30 } },
  luat_2025 = {},
}
local ONSITE_CITATION = {
  luat_2010 = "Điều 45 k1 Luật Thanh tra 2010",
  luat_2022 = "Điều 47 Luật Thanh tra 2022",
  luat_2025 = "Luật Thanh tra 2025 (thời hạn thanh tra)",
}
local REPORT = {
  luat_2010 = {},
  luat_2022 = { thanh_tra_tinh = 20, thanh_tra_so = 15, thanh_tra_huyen = 15 },
  luat_2025 = {},
}
local REPORT_CITATION = {
  luat_2010 = "Luật Thanh tra 2010 (báo cáo kết quả thanh tra)",
  luat_2022 = "Luật Thanh tra 2022 (báo cáo kết quả thanh tra, dự thảo kết luận)",
  luat_2025 = "Luật Thanh tra 2025 (báo cáo kết quả thanh tra)",
}
local CONCLUSION = {
  luat_2010 = { default = 15, from_report = true },
  luat_2022 = { default = 15 },
  luat_2025 = { default = 15, thanh_tra_chinh_phu = 30 },
}
local CONCLUSION_CITATION = {
  luat_2010 = "Điều 50 k1 Luật Thanh tra 2010",
  luat_2022 = "Điều 78 Luật Thanh tra 2022",
  luat_2025 = "Điều 36 Luật Thanh tra 2025",
}

--- The on-site rule for a level: { days, extensions, extension_days, confirmed, citation } or nil.
function M.onsite(regime, level)
  local rule = ONSITE[regime.code][level]
  local confirmed = rule ~= nil
  rule = rule or (settings.onsite_unconfirmed[regime.code] or {})[level]
  if rule == nil then return nil end
  return { days = rule.days, extensions = rule.extensions, extension_days = rule.extension_days,
           max_total = rule.max_total, confirmed = confirmed, citation = ONSITE_CITATION[regime.code] }
end

--- Calendar days for the result report after on-site work ends, and its citation.
function M.report_days(regime, level)
  local days = REPORT[regime.code][level]
  local confirmed = days ~= nil
  days = days or (settings.report_days_unconfirmed[regime.code] or {})[level]
  return days, confirmed, REPORT_CITATION[regime.code]
end

--- Whether the conclusion period counts from the result report (2010) rather than from the draft.
function M.conclusion_counts_from_report(regime)
  return CONCLUSION[regime.code].from_report == true
end

--- Calendar days to sign the conclusion after the draft (or the report), and its citation.
function M.conclusion_days(regime, level)
  local table_ = CONCLUSION[regime.code]
  return table_[level] or table_.default, CONCLUSION_CITATION[regime.code]
end

-- Local days off beyond rules/calendar (settings.public_holidays, e.g. a province's own day off).
local holidays = {}
for _, day in ipairs(settings.public_holidays) do holidays[day] = true end

--- Whether `day` is a working day: not a weekly rest day, not a day off of rules/calendar (the statute and each
-- year's announcement), not one of settings.public_holidays.
function M.is_working_day(day)
  return calendar.is_working_day(day) and not holidays[day]
end

--- Whether `day` counts towards an on-site period under `regime`.
function M.counts(regime, day)
  if settings.onsite_day_count[regime.code] == "calendar" then return true end
  return M.is_working_day(day)
end

--- A period of `days` calendar days after `day` (report, conclusion): D + N, the last day rolled over to the next
-- working day (Bộ luật Dân sự 2015 Điều 148 k5; settings.roll_over). { due_on, nominal_on, moved, text, citation }.
function M.calendar_days_after(day, days)
  if not settings.roll_over then
    local due = thanhtra.add_days(day, days)
    return { due_on = due, nominal_on = due, moved = false, unit = "calendar",
             text = days .. " ngày (ngày theo lịch) kể từ ngày " .. day .. ": ngày cuối " .. due }
  end
  local period = calendar.calendar_period(day, days)
  if holidays[period.due_on] then
    -- a local day off on the rolled day: roll on over it
    local due = period.due_on
    while not M.is_working_day(due) do due = thanhtra.add_days(due, 1) end
    period.text = period.text .. "; " .. period.due_on .. " là ngày nghỉ của địa phương (inspection.settings.public_holidays) → " .. due
    period.due_on, period.moved = due, true
  end
  return period
end

function M.unit(regime)
  return settings.onsite_day_count[regime.code] == "calendar" and "ngày" or "ngày làm việc"
end

--- Whether `day` falls in a suspension of the list (both ends included).
local function suspended(day, suspensions)
  for _, s in ipairs(suspensions) do
    if thanhtra.compare_dates(s.from_on, day) <= 0 and thanhtra.compare_dates(day, s.until_on) <= 0 then
      return true
    end
  end
  return false
end

--- The last day of an on-site period of `n` counted days starting on `start`, skipping the suspended days.
function M.onsite_end(regime, start, n, suspensions)
  local day = start
  if not settings.onsite_count_announcement_day then day = thanhtra.add_days(start, 1) end
  local counted = 0
  -- at most a few hundred days: n ≤ 150 plus weekends and suspensions
  for _ = 1, 5000 do
    if M.counts(regime, day) and not suspended(day, suspensions) then
      counted = counted + 1
      if counted >= n then return day end
    end
    day = thanhtra.add_days(day, 1)
  end
  say.error(1, "inspection.durations.onsite_end: no end within 5000 days",
    "inspection.durations.onsite_end: không có ngày kết thúc trong vòng 5000 ngày")
end

--- Counted days of a suspension (both ends included).
function M.counted_days(regime, from_on, until_on)
  local n, day = 0, from_on
  while thanhtra.compare_dates(day, until_on) <= 0 do
    if M.counts(regime, day) then n = n + 1 end
    day = thanhtra.add_days(day, 1)
  end
  return n
end

--- Working days after `day` (not counting it): the n-th working day.
function M.working_days_after(day, n)
  local counted = 0
  for _ = 1, 1000 do
    day = thanhtra.add_days(day, 1)
    if M.is_working_day(day) then
      counted = counted + 1
      if counted >= n then return day end
    end
  end
  say.error(1, "inspection.durations.working_days_after: no end",
    "inspection.durations.working_days_after: không có ngày kết thúc")
end

--- Check extensions already granted plus (optionally) one more of `extra_days`.
-- Returns the days that may be applied, the problems and the steps.
function M.check_extensions(regime, level, extensions, extra_days)
  local rule = M.onsite(regime, level)
  local problems, steps, applied = {}, {}, 0
  local list = {}
  for _, e in ipairs(extensions or {}) do list[#list + 1] = { granted_on = e.granted_on, days = e.days, new = false } end
  if extra_days ~= nil then list[#list + 1] = { days = extra_days, new = true } end
  local unit = M.unit(regime)
  -- Luật Thanh tra 2010: the law caps the whole duration (max_total), each extension may take what is left.
  local room = rule.max_total and (rule.max_total - rule.days) or nil
  for i, e in ipairs(list) do
    local label = e.new and "Gia hạn đề nghị thêm" or ("Gia hạn lần " .. i)
    if math.type(e.days) ~= "integer" or e.days <= 0 then
      problems[#problems + 1] = { code = "extension_not_allowed",
        message = label .. ": số ngày gia hạn phải là số nguyên dương, nhận " .. tostring(e.days) }
    elseif i > rule.extensions then
      problems[#problems + 1] = { code = "extension_not_allowed",
        message = label .. ": " .. regime.short .. " chỉ cho gia hạn tối đa " .. rule.extensions
          .. " lần đối với cuộc thanh tra cấp này",
        hint = rule.confirmed and nil or "số lần gia hạn là một thiết lập chưa được xác nhận (inspection.settings.onsite_unconfirmed)" }
    elseif room ~= nil and e.days > room then
      problems[#problems + 1] = { code = "extension_not_allowed",
        message = label .. ": " .. e.days .. " " .. unit .. " vượt quá thời hạn tối đa " .. rule.max_total .. " " .. unit
          .. " (còn " .. room .. " " .. unit .. ")",
        hint = rule.confirmed and nil or "thời hạn tối đa là một thiết lập chưa được xác nhận (inspection.settings.onsite_unconfirmed)" }
      if not e.new then applied = applied + room end
      steps[#steps + 1] = { text = label .. ": chỉ tính " .. room .. " " .. unit, citation = rule.citation }
      room = 0
    elseif room ~= nil then
      if not e.new then applied = applied + e.days end
      room = room - e.days
      steps[#steps + 1] = { text = label .. ": " .. e.days .. " " .. unit .. " (kéo dài tối đa đến " .. rule.max_total
        .. " " .. unit .. ")", citation = rule.citation }
    elseif e.days > rule.extension_days then
      problems[#problems + 1] = { code = "extension_not_allowed",
        message = label .. ": " .. e.days .. " " .. unit .. " vượt quá " .. rule.extension_days .. " " .. unit .. " mỗi lần",
        hint = rule.confirmed and nil or "độ dài gia hạn là một thiết lập chưa được xác nhận (inspection.settings.onsite_unconfirmed)" }
      if not e.new then applied = applied + rule.extension_days end
      steps[#steps + 1] = { text = label .. ": chỉ tính " .. rule.extension_days .. " " .. unit, citation = rule.citation }
    else
      if not e.new then applied = applied + e.days end
      steps[#steps + 1] = { text = label .. ": " .. e.days .. " " .. unit .. " (tối đa " .. rule.extensions
        .. " lần, mỗi lần không quá " .. rule.extension_days .. " " .. unit .. ")", citation = rule.citation }
    end
  end
  return applied, problems, steps
end

return M
