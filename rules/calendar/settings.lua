--- Settings of the calendar: every choice the law leaves open, and every point we could not confirm.
--
-- A legal officer changes a value here, never in the modules that use it. Sources and the status of each point
-- are in /work/shared/domain/calendar-vn.md; each value says CONFIRMED / UNCONFIRMED.


local strict = require "lib.strict"

--- The keys this file may set (a table: the keys of that sub-table too). A key not listed is refused at its line
-- with the key it most likely meant (lib/strict.lua): a misspelt setting would otherwise be silently ignored.
local KEYS = {
  weekly_rest = true, makeup_saturday_is_working = true, tet_days_before = true, quoc_khanh_second_day = true,
  announced_from_year = true, van_hoa_day_from = true,
}

-- Not `return strict.settings(…)`: a tail call would lose this file's line from the error.
local SETTINGS = strict.settings({ "calendar settings", "thiết lập lịch" }, KEYS, {
  -- The weekly rest days (ngày nghỉ hằng tuần) of state bodies, as weekdays (1 = Monday … 7 = Sunday). State
  -- bodies work Monday to Friday (the 40-hour week, Quyết định 188/1999/QĐ-TTg; every yearly announcement
  -- says so: "Các cơ quan, đơn vị … không thực hiện lịch nghỉ cố định 02 ngày thứ Bảy, Chủ nhật hằng tuần …",
  -- e.g. https://giadinh.suckhoedoisong.vn/lich-nghi-le-quoc-khanh-2-9-sap-toi-cua-hoc-sinh-34-tinh-thanh-tren-ca-nuoc-172250807154747045.htm).
  weekly_rest = { 6, 7 },

  -- Whether a Saturday on which state bodies work to repay a swapped day (làm bù) is a working day for legal
  -- deadlines (Bộ luật Dân sự 2015 Điều 148 k5, working-day counts). UNCONFIRMED (calendar-vn.md §2): Điều 148
  -- k5 speaks of "ngày nghỉ cuối tuần", and a Saturday stays one in name. false → the make-up Saturday is still
  -- a rest day for deadlines (the period is never shortened by a swap); true → it counts as a working day.
  makeup_saturday_is_working = false,

  -- Years without an announcement in calendar/years.lua fall back to the statutory days (calendar/statutory.lua).
  -- The statute leaves two choices to the Prime Minister; the fallback takes:
  -- Tết Nguyên đán (5 days, Bộ luật Lao động 2019 Điều 112 k1 b; 4 days before 2013-05-01): this many days off
  -- before 1/1 âm lịch, the rest from 1/1 on. UNCONFIRMED: every announcement 2020–2026 starts the 5 official
  -- days on 29 or 30 tháng Chạp (one day before Tết, or two when the year has no 30th and 29 is a weekday) —
  -- one day before is the most frequent.
  tet_days_before = 1,
  -- Quốc khánh (2 days from 2021, Điều 112 k1 đ: 2/9 "và 01 ngày liền kề trước hoặc sau"): "before" or "after".
  -- UNCONFIRMED: 2021 and 2024 took the day after, 2022, 2023, 2025 and 2026 the day before.
  quoc_khanh_second_day = "before",

  -- The announced years are checked by `thanhtra rules check` from this year to the year after today: a year with
  -- no entry in calendar/years.lua falls back to the statute and is warned about.
  announced_from_year = 2020,

  -- Ngày Văn hóa Việt Nam (24/11): Nghị quyết 80-NQ/TW (01/2026) decided it should become a paid day off, but
  -- the Bộ luật Lao động was not amended when this pack was written (https://thanhnien.vn/nguoi-lao-dong-co-the-nghi-le-tet-toi-26-ngay-trong-nam-2026-185260113172347178.htm:
  -- "Khi Ngày Văn hóa Việt Nam 24.11 chính thức được Quốc hội thể chế hóa …"). UNCONFIRMED: nil → not a day
  -- off; set the first day it is in force ("YYYY-MM-DD") once the law is amended.
  van_hoa_day_from = nil,
})

return SETTINGS
