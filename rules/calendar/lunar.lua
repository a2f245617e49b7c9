--- The Vietnamese lunar calendar (âm lịch), computed for the meridian of UTC+7.
--
-- Used for the days off that move with the moon: Tết Nguyên đán (1/1 âm lịch) and Giỗ Tổ Hùng Vương (10/3 âm
-- lịch), Bộ luật Lao động 2019 Điều 112 k1 (2012: Điều 115 k1).
-- Algorithm: Hồ Ngọc Đức, "Computing the Vietnamese lunar calendar",
--   https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html — new moons (Jean Meeus, "Astronomical
--   Algorithms", ch. 49, simplified) and the sun's longitude from Julian day numbers. The month that holds the
--   winter solstice is month 11; a year with 13 months leaps the first month that holds no major solar term.
-- The time zone matters: Vietnam counts at UTC+7 and China at UTC+8, so the two calendars differ in some
-- years (Tết 2030: 2030-02-02 in Vietnam, 2030-02-03 in China; also 1985, 2007). Do not test against a
-- Chinese-calendar library. The known dates of /work/shared/domain/calendar-vn.md §5 are in
-- tests/calendar_lunar.lua.
-- Only sin and floor are used; Lua's floats are IEEE doubles, as in the published JavaScript.

local M = {}

local PI = math.pi
local floor, sin = math.floor, math.sin
local TIME_ZONE = 7   -- hours east of Greenwich (Asia/Ho_Chi_Minh)

-- Julian day number of 1970-01-01 (the host's dates are converted through it).
local JD_1970 = 2440588

--- The Julian day number of a date "YYYY-MM-DD" (Gregorian).
function M.jd(day)
  return JD_1970 + thanhtra.days_between("1970-01-01", day)
end

--- The date "YYYY-MM-DD" of a Julian day number.
function M.date(jd)
  return thanhtra.add_days("1970-01-01", jd - JD_1970)
end

--- The day number of the k-th new moon after 1900-01-01 13:52 UTC, at UTC+7.
local function new_moon_day(k)
  local T = k / 1236.85
  local T2, T3 = T * T, T * T * T
  local dr = PI / 180
  local jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3
  jd1 = jd1 + 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * dr)
  local m = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3       -- sun's mean anomaly
  local mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3     -- moon's mean anomaly
  local f = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3       -- moon's argument of latitude
  local c1 = (0.1734 - 0.000393 * T) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
  c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
  c1 = c1 - 0.0004 * sin(dr * 3 * mpr)
  c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
  c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
  c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
  c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
  local delta_t
  if T < -11 then
    delta_t = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
  else
    delta_t = -0.000278 + 0.000265 * T + 0.000262 * T2
  end
  return floor(jd1 + c1 - delta_t + 0.5 + TIME_ZONE / 24)
end

--- The sun's longitude at the start of day `jdn` (local time), as a sector 0…11 of 30°.
local function sun_longitude(jdn)
  local T = (jdn - 2451545.5 - TIME_ZONE / 24) / 36525
  local T2 = T * T
  local dr = PI / 180
  local m = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2
  local l0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2
  local dl = (1.914600 - 0.004817 * T - 0.000014 * T2) * sin(dr * m)
  dl = dl + (0.019993 - 0.000101 * T) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
  local l = (l0 + dl) * dr
  l = l - PI * 2 * floor(l / (PI * 2))
  return floor(l / PI * 6)
end

--- The day number of the start of lunar month 11 of Gregorian year `year` (the month holding the solstice).
local function month_11(year)
  local off = M.jd(thanhtra.date(year, 12, 31)) - 2415021
  local k = floor(off / 29.530588853)
  local nm = new_moon_day(k)
  if sun_longitude(nm) >= 9 then nm = new_moon_day(k - 1) end
  return nm
end

--- Which month after month 11 (starting at `a11`) is the leap month, as an offset.
local function leap_month_offset(a11)
  local k = floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
  local i = 1
  local arc = sun_longitude(new_moon_day(k + i))
  local last
  repeat
    last = arc
    i = i + 1
    arc = sun_longitude(new_moon_day(k + i))
  until arc == last or i >= 14
  return i - 1
end

--- The lunar date of a Gregorian day: { day, month, year, leap }.
function M.from_solar(day)
  local n = M.jd(day)
  local year = thanhtra.date_parts(day).year
  local k = floor((n - 2415021.076998695) / 29.530588853)
  local month_start = new_moon_day(k + 1)
  if month_start > n then month_start = new_moon_day(k) end
  local a11 = month_11(year)
  local b11, lunar_year
  if a11 >= month_start then
    lunar_year = year
    b11 = a11
    a11 = month_11(year - 1)
  else
    lunar_year = year + 1
    b11 = month_11(year + 1)
  end
  local lunar_day = n - month_start + 1
  local diff = floor((month_start - a11) / 29)
  local leap = false
  local lunar_month = diff + 11
  if b11 - a11 > 365 then
    local leap_diff = leap_month_offset(a11)
    if diff >= leap_diff then
      lunar_month = diff + 10
      if diff == leap_diff then leap = true end
    end
  end
  if lunar_month > 12 then lunar_month = lunar_month - 12 end
  if lunar_month >= 11 and diff < 4 then lunar_year = lunar_year - 1 end
  return { day = lunar_day, month = lunar_month, year = lunar_year, leap = leap }
end

--- The Gregorian date of a lunar date (day, month of lunar year `year`; `leap` for the leap month), or nil
-- when that leap month does not exist.
function M.to_solar(day, month, year, leap)
  local a11, b11
  if month < 11 then
    a11, b11 = month_11(year - 1), month_11(year)
  else
    a11, b11 = month_11(year), month_11(year + 1)
  end
  local k = floor(0.5 + (a11 - 2415021.076998695) / 29.530588853)
  local off = month - 11
  if off < 0 then off = off + 12 end
  if b11 - a11 > 365 then
    local leap_off = leap_month_offset(a11)
    local leap_month = leap_off - 2
    if leap_month < 0 then leap_month = leap_month + 12 end
    if leap and month ~= leap_month then
      return nil
    elseif leap or off >= leap_off then
      off = off + 1
    end
  elseif leap then
    return nil
  end
  return M.date(new_moon_day(k + off) + day - 1)
end

local tet_cache, gio_to_cache = {}, {}

--- Tết Nguyên đán (1/1 âm lịch) of lunar year `year`, as "YYYY-MM-DD" (in Gregorian year `year`).
function M.tet(year)
  local day = tet_cache[year]
  if day == nil then
    day = M.to_solar(1, 1, year, false)
    tet_cache[year] = day
  end
  return day
end

--- Giỗ Tổ Hùng Vương (10/3 âm lịch) of lunar year `year`.
function M.gio_to(year)
  local day = gio_to_cache[year]
  if day == nil then
    day = M.to_solar(10, 3, year, false)
    gio_to_cache[year] = day
  end
  return day
end

--- The last day of lunar year `year` (29 or 30 tháng Chạp): the day before the next Tết.
function M.year_end(year)
  return thanhtra.add_days(M.tet(year + 1), -1)
end

return M
