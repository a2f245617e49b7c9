--- The statutory days off (ngày nghỉ lễ, tết), by effective date, and the make-up rule.
--
-- Legal basis:
--   Bộ luật Lao động 2019 (45/2019/QH14), in force 2021-01-01: Điều 112 k1 — Tết Dương lịch 1 day (1/1); Tết Âm
--     lịch 5 days; Ngày Chiến thắng 30/4; Quốc tế Lao động 1/5; Quốc khánh 2 days (2/9 and the day before or
--     after); Giỗ Tổ Hùng Vương 1 day (10/3 âm lịch). Điều 111 k3: a holiday on the weekly rest day is made up
--     on the next working day. CONFIRMED: https://thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Bo-Luat-lao-dong-2019-333670.aspx ;
--     https://dantri.com.vn/noi-vu/de-xuat-hoan-doi-de-quoc-khanh-nam-2026-duoc-nghi-5-ngay-lien-tiep-20251002144910692.htm
--     (quotes Điều 111 k3 and Điều 112 k1).
--   Bộ luật Lao động 2012 (10/2012/QH13), in force 2013-05-01 … 2020-12-31: Điều 115 — the same list with
--     Quốc khánh 1 day (2/9); k3: a holiday on the weekly rest day is made up on the next day. CONFIRMED
--     (calendar-vn.md §3; the 2019 Code's second Quốc khánh day is its change).
--   Bộ luật Lao động 1994 as amended 2002, 2006, 2007, Điều 73 (before 2013-05-01): 1/1, Tết Âm lịch 4 days,
--     Giỗ Tổ (added 2007), 30/4, 1/5, 2/9. PARTIAL: the list is quoted at
--     http://tuvanphapluat.asia/bo-luat-dan-sukhai-quat/ket-thuc-thoi-han.html ; the 4 Tết days and the
--     date Giỗ Tổ became a day off (taken here as 2007-01-01) are UNCONFIRMED.
-- The lunar days are computed by calendar/lunar.lua; the two choices the statute leaves to the Prime Minister
-- (which Tết days, which second Quốc khánh day) come from the year's announcement (calendar/years.lua) or, for a
-- year without one, from calendar/settings.lua.

local lunar = require "calendar.lunar"
local settings = require "calendar.settings"

local M = {}

M.codes = {
  {
    code = "blld_1994", title = "Bộ luật Lao động 1994 (sửa đổi 2002, 2006, 2007)", article = "Điều 73",
    from = "1995-01-01", to = "2013-05-01",   -- half-open
    tet_days = 4, quoc_khanh_days = 1, gio_to_from = "2007-01-01", makeup_article = "Điều 73",
  },
  {
    code = "blld_2012", title = "Bộ luật Lao động 2012", article = "Điều 115",
    from = "2013-05-01", to = "2021-01-01",
    tet_days = 5, quoc_khanh_days = 1, makeup_article = "Điều 115 k3",
  },
  {
    code = "blld_2019", title = "Bộ luật Lao động 2019", article = "Điều 112",
    from = "2021-01-01", to = nil,
    tet_days = 5, quoc_khanh_days = 2, makeup_article = "Điều 111 k3",
  },
}

--- The Code in force on `day`, or nil before 1995.
function M.code_on(day)
  for _, c in ipairs(M.codes) do
    if thanhtra.compare_dates(c.from, day) <= 0 and (c.to == nil or thanhtra.compare_dates(day, c.to) < 0) then
      return c
    end
  end
  return nil
end

--- The holidays of Gregorian year `year` by the statute, before any make-up: a list of
-- { on, name, citation }, in date order. Tết is the lunar new year that falls in `year` (the days before 1/1
-- âm lịch that fall in December of the year before are listed under `year` too, on their own dates).
function M.holidays(year)
  local list = {}
  local function add(day, name, code)
    if code then list[#list + 1] = { on = day, name = name, citation = code.article .. " " .. code.title } end
  end
  local new_year = thanhtra.date(year, 1, 1)
  add(new_year, "Tết Dương lịch", M.code_on(new_year))
  local tet = lunar.tet(year)
  local tet_code = M.code_on(tet)
  if tet_code then
    local before = math.min(settings.tet_days_before, tet_code.tet_days)
    for i = -before, tet_code.tet_days - before - 1 do
      add(thanhtra.add_days(tet, i), "Tết Nguyên đán", tet_code)
    end
  end
  local gio_to = lunar.gio_to(year)
  local gio_code = M.code_on(gio_to)
  if gio_code and (gio_code.gio_to_from == nil or thanhtra.compare_dates(gio_code.gio_to_from, gio_to) <= 0) then
    add(gio_to, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", gio_code)
  end
  local april = thanhtra.date(year, 4, 30)
  add(april, "Ngày Chiến thắng", M.code_on(april))
  local may = thanhtra.date(year, 5, 1)
  add(may, "Ngày Quốc tế Lao động", M.code_on(may))
  local national = thanhtra.date(year, 9, 2)
  local national_code = M.code_on(national)
  if national_code and national_code.quoc_khanh_days == 2 then
    local second = settings.quoc_khanh_second_day == "after" and thanhtra.add_days(national, 1) or thanhtra.add_days(national, -1)
    add(second, "Quốc khánh (ngày liền kề)", national_code)
  end
  add(national, "Quốc khánh", national_code)
  if settings.van_hoa_day_from then
    local culture = thanhtra.date(year, 11, 24)
    if thanhtra.compare_dates(settings.van_hoa_day_from, culture) <= 0 then
      list[#list + 1] = { on = culture, name = "Ngày Văn hóa Việt Nam", citation = "calendar.settings.van_hoa_day_from" }
    end
  end
  table.sort(list, function(a, b) return thanhtra.compare_dates(a.on, b.on) < 0 end)
  return list
end

return M
