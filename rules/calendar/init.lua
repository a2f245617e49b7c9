--- The law's calendar: days off, working days, and when a period ends.
--
-- Legal basis:
--   Bộ luật Dân sự 2015 (91/2015/QH13, in force 2017-01-01) Điều 147 (the first day of a period is not counted)
--     and Điều 148 k5: "Khi ngày cuối cùng của thời hạn là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn
--     kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó." CONFIRMED:
--     https://evbn.org/hoi-dap-nghiep-vu-1680841919 (calendar-vn.md §1). Before 2017 the same rule was Bộ luật
--     Dân sự 2005 Điều 153 k5, CONFIRMED: http://tuvanphapluat.asia/bo-luat-dan-sukhai-quat/ket-thuc-thoi-han.html
--   Luật XLVPHC Điều 8: the penalty law's periods are counted by the Civil Code unless it says "ngày làm việc".
--     https://hethongphapluat.com/luat-xu-ly-vi-pham-hanh-chinh-2012/dieu-8
--   Days off: calendar/statutory.lua (Bộ luật Lao động), calendar/years.lua (each year's announcement),
--     calendar/settings.lua (open points), the lunar calendar in calendar/lunar.lua.
-- A day is a working day of state bodies unless it is a weekly rest day (settings.weekly_rest) or a day off of
-- its year; a Saturday worked to repay a swap is a working day only when settings.makeup_saturday_is_working.
-- Plain date arithmetic goes through thanhtra.* (the host's C fast path); only the holiday data lives here.

local say = require "lib.say"
local base = require "lib.calendar"
local lunar = require "calendar.lunar"
local statutory = require "calendar.statutory"
local settings = require "calendar.settings"
local years = require "calendar.years"
local memo = require "lib.memo"

local M = {}

M.within = base.within
M.month_start = base.month_start

local WEEKDAY = { "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật" }

--- The ISO weekday of `day`: 1 = Monday … 7 = Sunday. Counted with thanhtra.days_between, which answers in C;
-- thanhtra.date_parts builds a table in the host, and deadlines ask this for every day they count (a rules diff
-- over a million cases spent most of its time there).
local function iso_weekday(day)
  return thanhtra.days_between("1970-01-05", day) % 7 + 1   -- 1970-01-05 was a Monday
end

--- The Vietnamese name of the weekday of `day` ("thứ Hai" … "Chủ nhật").
function M.weekday_name(day)
  return WEEKDAY[iso_weekday(day)]
end

local rest_days = {}
for _, weekday in ipairs(settings.weekly_rest) do rest_days[weekday] = true end

local function weekly_rest(day)
  return rest_days[iso_weekday(day)] == true
end

-- The days off of one Gregorian year: { announced, off = { [day] = reason }, work = { [day] = reason },
-- named = { [day] = holiday name } (statutory holidays, also those on a rest day) }. Built once per year.
local cache = {}

local function build(year)
  local info = { announced = years[year] ~= nil, off = {}, work = {}, named = {} }
  local holidays = statutory.holidays(year)
  for _, h in ipairs(holidays) do
    if info.named[h.on] == nil then info.named[h.on] = h.name end
  end
  local entry = years[year]
  if entry then
    info.sources = entry.sources
    for _, item in ipairs(entry.off) do info.off[item[1]] = item[2] end
    for _, item in ipairs(entry.work) do info.work[item[1]] = item[2] end
    return info
  end
  -- No announcement: the statute, with every holiday on a weekly rest day made up on the next working day
  -- (Bộ luật Lao động 2019 Điều 111 k3; 2012 Điều 115 k3).
  for _, h in ipairs(holidays) do info.off[h.on] = h.name end
  for _, h in ipairs(holidays) do
    if weekly_rest(h.on) then
      local day = thanhtra.add_days(h.on, 1)
      while weekly_rest(day) or info.off[day] do day = thanhtra.add_days(day, 1) end
      local code = statutory.code_on(h.on)
      info.off[day] = "nghỉ bù " .. h.name .. " (" .. h.on .. " là " .. M.weekday_name(h.on) .. "; "
        .. (code and code.makeup_article .. " " .. code.title or "Bộ luật Lao động") .. ")"
    end
  end
  return info
end

local function year_info(day)
  local year = tonumber(day:sub(1, 4))
  local info = cache[year]
  if info == nil then
    info = build(year)
    cache[year] = info
  end
  return info
end

--- Whether `year` has an announcement in calendar/years.lua (else the statute's fallback is used).
function M.is_announced(year)
  return years[year] ~= nil
end

--- Why `day` is not a working day, or nil when it is one: "Chủ nhật, ngày nghỉ hằng tuần",
-- "thứ Sáu, nghỉ lễ Ngày Quốc tế Lao động", …
function M.day_off_reason(day)
  local info = year_info(day)
  local name = M.weekday_name(day)
  if info.work[day] then
    if settings.makeup_saturday_is_working then return nil end
    return name .. ", ngày nghỉ hằng tuần (cơ quan làm bù: " .. info.work[day]
      .. "; calendar.settings.makeup_saturday_is_working = false)"
  end
  local off = info.off[day]
  if off then
    local text = name .. ", ngày nghỉ: " .. off
    if not info.announced then text = text .. " (theo Bộ luật Lao động; năm " .. day:sub(1, 4) .. " chưa có thông báo lịch nghỉ trong gói quy tắc)" end
    return text
  end
  if weekly_rest(day) then
    local holiday = info.named[day]
    return name .. ", ngày nghỉ hằng tuần" .. (holiday and (" (trùng " .. holiday .. ")") or "")
  end
  return nil
end

--- Whether `day` is a working day of state bodies (the same answer as day_off_reason(day) == nil, without
-- building the text: deadlines ask this for every day they count).
function M.is_working_day(day)
  local info = year_info(day)
  if info.work[day] then return settings.makeup_saturday_is_working end
  if info.off[day] then return false end
  return not weekly_rest(day)
end

--- The n-th working day after `day` (`day` itself not counted; n ≥ 1). n = 0 gives `day`.
function M.add_working_days(day, n)
  local counted = 0
  if n <= 0 then return day end
  for _ = 1, 100000 do
    day = thanhtra.add_days(day, 1)
    if M.is_working_day(day) then
      counted = counted + 1
      if counted >= n then return day end
    end
  end
  say.error(1, "calendar.add_working_days: no end within 100000 days",
    "calendar.add_working_days: không có ngày kết thúc trong vòng 100000 ngày")
end

--- Working days in [from_on, until_on], both ends included.
function M.working_days_in(from_on, until_on)
  local n, day = 0, from_on
  while thanhtra.compare_dates(day, until_on) <= 0 do
    if M.is_working_day(day) then n = n + 1 end
    day = thanhtra.add_days(day, 1)
  end
  return n
end

--- The Civil Code article of the roll-over on `day`.
function M.rollover_citation(day)
  if thanhtra.compare_dates(day, "2017-01-01") < 0 then return "Điều 153 k5 Bộ luật Dân sự 2005" end
  return "Điều 148 k5 Bộ luật Dân sự 2015"
end

--- The roll-over of a last day (Điều 148 k5): { on, moved, skipped = { { on, reason } … }, text }.
-- `on` is `day` when it is a working day, else the next working day; `text` says why it moved (nil if not).
function M.roll(day)
  local reason = M.day_off_reason(day)
  if reason == nil then return { on = day, moved = false, skipped = {} } end
  local skipped = { { on = day, reason = reason } }
  local next_day = thanhtra.add_days(day, 1)
  for _ = 1, 1000 do
    local r = M.day_off_reason(next_day)
    if r == nil then break end
    skipped[#skipped + 1] = { on = next_day, reason = r }
    next_day = thanhtra.add_days(next_day, 1)
  end
  local parts = {}
  for _, s in ipairs(skipped) do parts[#parts + 1] = s.on .. " (" .. s.reason .. ")" end
  return { on = next_day, moved = true, skipped = skipped,
           text = "ngày cuối cùng " .. day .. " là ngày nghỉ, hạn chuyển sang ngày làm việc tiếp theo " .. next_day
             .. " (" .. M.weekday_name(next_day) .. "); ngày nghỉ: " .. table.concat(parts, "; ") }
end

--- A period counted in calendar days: `days` days after the event on `from_on`, the last day rolled over.
-- Returns { due_on, nominal_on, moved, unit = "calendar", text, citation }. `text` describes the count
-- ("10 ngày (tính cả ngày nghỉ) kể từ 2026-03-05: ngày cuối 2026-03-15 …").
-- Remembered per (from_on, days): every answer is shared, read-only by convention (lib.memo).
M.calendar_period = memo.two(function(from_on, days)
  local nominal = thanhtra.add_days(from_on, days)
  return M.rolled(nominal, days .. " ngày (ngày theo lịch, tính cả ngày nghỉ) kể từ ngày " .. from_on)
end, 20000)

--- A last day `nominal` found by another count (months, years), rolled over; `what` describes the count.
function M.rolled(nominal, what)
  local roll = M.roll(nominal)
  local text = what .. ": ngày cuối " .. nominal .. " (" .. M.weekday_name(nominal) .. ")"
  if roll.moved then text = text .. "; " .. roll.text end
  return { due_on = roll.on, nominal_on = nominal, moved = roll.moved, unit = "calendar", text = text,
           citation = roll.moved and M.rollover_citation(nominal) or "Điều 147 Bộ luật Dân sự 2015" }
end

--- A period counted in working days: the `days`-th working day after `from_on`.
-- Returns { due_on, unit = "working", text }.
-- Remembered per (from_on, days), as calendar_period.
M.working_period = memo.two(function(from_on, days)
  local due = M.add_working_days(from_on, days)
  return { due_on = due, nominal_on = due, moved = false, unit = "working",
           text = days .. " ngày làm việc (không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, tết) kể từ ngày " .. from_on
             .. ": ngày cuối " .. due .. " (" .. M.weekday_name(due) .. ")" }
end, 20000)

--- calendar.day({ on }) → { on, working, reason, lunar = { day, month, year, leap }, announced }: an entry for
-- the host and the tests (what the pack says about one day).
function M.day(request)
  local on = request.on
  local reason = M.day_off_reason(on)
  local l = lunar.from_solar(on)
  return { on = on, working = reason == nil, reason = reason, announced = M.is_announced(tonumber(on:sub(1, 4))),
           lunar = { day = l.day, month = l.month, year = l.year, leap = l.leap } }
end

--- calendar.solar({ day, month, year, leap }) → { on }: the Gregorian date of a lunar date (on = nil when that
-- leap month does not exist).
function M.solar(request)
  return { on = lunar.to_solar(request.day, request.month, request.year, request.leap == true) }
end

--- calendar.period({ from_on, days, unit }) → the period's last day: unit "calendar" (default; rolled over by
-- Điều 148 k5) or "working".
function M.period(request)
  if request.unit == "working" then return M.working_period(request.from_on, request.days) end
  return M.calendar_period(request.from_on, request.days)
end

--- calendar.year({ year }) → { announced, days_off = { { on, reason } }, make_up_work = { { on, reason } } }: the
-- weekdays off and the Saturdays worked of a year, in date order.
function M.year(request)
  local info = year_info(string.format("%04d", request.year))
  local off, work = {}, {}
  for day, reason in pairs(info.off) do
    if not weekly_rest(day) then off[#off + 1] = { on = day, reason = reason } end
  end
  for day, reason in pairs(info.work) do work[#work + 1] = { on = day, reason = reason } end
  local function by_day(a, b) return thanhtra.compare_dates(a.on, b.on) < 0 end
  table.sort(off, by_day)
  table.sort(work, by_day)
  return { announced = info.announced, days_off = off, make_up_work = work }
end

--- Problems of an announced year against the statute: every fixed holiday (1/1, 1/1 âm lịch, Giỗ Tổ, 30/4,
-- 1/5, 2/9) is off or on a weekly rest day; every `off` day is a weekday and every `work` day a weekly rest day;
-- the weekdays off less the Saturdays worked equal the statute's number of days off (every holiday is taken on
-- a weekday, directly or made up). A list of texts; empty when the year is consistent or not announced.
function M.check_year(year)
  local entry = years[year]
  if entry == nil then return {} end
  local problems = {}
  local info = year_info(string.format("%04d", year))
  local code = statutory.code_on(thanhtra.date(year, 9, 2))
  local fixed = { thanhtra.date(year, 1, 1), lunar.tet(year), thanhtra.date(year, 4, 30), thanhtra.date(year, 5, 1),
                  thanhtra.date(year, 9, 2) }
  if code and (code.gio_to_from == nil or thanhtra.compare_dates(code.gio_to_from, lunar.gio_to(year)) <= 0) then
    fixed[#fixed + 1] = lunar.gio_to(year)
  end
  for _, day in ipairs(fixed) do
    if not info.off[day] and not weekly_rest(day) then
      problems[#problems + 1] = year .. ": the holiday " .. day .. " (" .. tostring(info.named[day]) .. ") is not a day off"
    end
  end
  local off_count, work_count = 0, 0
  for day in pairs(info.off) do
    if weekly_rest(day) then problems[#problems + 1] = year .. ": day off " .. day .. " is a weekly rest day already" end
    off_count = off_count + 1
  end
  for day in pairs(info.work) do
    if not weekly_rest(day) then problems[#problems + 1] = year .. ": make-up working day " .. day .. " is not a weekly rest day" end
    work_count = work_count + 1
  end
  if code then
    local expected = code.tet_days + code.quoc_khanh_days + 4
    if off_count - work_count ~= expected then
      problems[#problems + 1] = year .. ": " .. off_count .. " weekdays off less " .. work_count
        .. " Saturdays worked ≠ " .. expected .. " statutory days off (" .. code.title .. ")"
    end
  end
  table.sort(problems)
  return problems
end

--- calendar.check({ from_year, to_year }) → { problems }: check_year over the years (the tests use it).
function M.check(request)
  local problems = {}
  for year = request.from_year, request.to_year do
    for _, p in ipairs(M.check_year(year)) do problems[#problems + 1] = p end
  end
  return { problems = problems }
end

--- calendar.lint({ today }) → { warnings = { { message, hint } } }: years from settings.announced_from_year to the
-- year after `today` with no announcement (they fall back to the statute). `rules check` prints them.
function M.lint(request)
  local warnings = {}
  local last = settings.announced_from_year
  if request and request.today then last = tonumber(request.today:sub(1, 4)) + 1 end
  for year in pairs(years) do
    for _, p in ipairs(M.check_year(year)) do
      warnings[#warnings + 1] = {
        message = "calendar: " .. p, hint = "correct the year's entry in rules/calendar/years.lua",
        message_vi = "lịch: " .. p, hint_vi = "sửa mục của năm đó trong rules/calendar/years.lua",
      }
    end
  end
  for year = settings.announced_from_year, last do
    if not M.is_announced(year) then
      warnings[#warnings + 1] = {
        message = "calendar: no announced days off for " .. year .. "; deadlines in " .. year
          .. " use the statutory holidays only (Tết from " .. (settings.tet_days_before == 1 and "the day before" or settings.tet_days_before .. " days before")
          .. " 1/1 âm lịch, the second Quốc khánh day " .. settings.quoc_khanh_second_day .. " 2/9, make-up days by Điều 111 k3)",
        hint = "add the year's announcement (days off, swaps and its source) to rules/calendar/years.lua",
        message_vi = "lịch: chưa có thông báo ngày nghỉ năm " .. year .. "; thời hạn trong năm " .. year
          .. " chỉ tính theo ngày nghỉ lễ luật định (Tết từ " .. (settings.tet_days_before == 1 and "ngày trước" or settings.tet_days_before .. " ngày trước")
          .. " 1/1 âm lịch, ngày Quốc khánh thứ hai " .. (settings.quoc_khanh_second_day == "before" and "trước" or "sau")
          .. " 2/9, ngày nghỉ bù theo Điều 111 k3)",
        hint_vi = "thêm thông báo của năm (ngày nghỉ, ngày hoán đổi và văn bản) vào rules/calendar/years.lua",
      }
    end
  end
  return { warnings = warnings }
end

return M
