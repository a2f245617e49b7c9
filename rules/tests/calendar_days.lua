--- Test cases: days off, swaps, working days and the roll-over of a last day (Điều 148 k5 Bộ luật Dân sự 2015).
--
-- Legal basis: Bộ luật Lao động 2019 Điều 111 k3, 112; Bộ luật Lao động 2012 Điều 115; Bộ luật Dân sự 2015
-- Điều 147, 148 k5; the yearly announcements in calendar/years.lua. Weekdays are checked by hand against a
-- printed calendar: 2026-03-15 is a Sunday, 2026-05-01 a Friday, 2026-04-26 a Sunday, 2027-02-06 a Saturday.

return {
  -- Every announced year agrees with the statute.
  { name = "announced years 2020–2026 agree with the statute", call = "calendar.check",
    input = { from_year = 2020, to_year = 2026 }, expect = { problems = {} } },

  -- Working days and days off.
  { name = "a Wednesday is a working day", call = "calendar.day", input = { on = "2026-03-11" },
    expect = { working = true, announced = true } },
  { name = "Sunday 2026-03-15 is a weekly rest day", call = "calendar.day", input = { on = "2026-03-15" },
    expect = { working = false, reason = "Chủ nhật, ngày nghỉ hằng tuần" } },
  { name = "Friday 2026-05-01 is a holiday", call = "calendar.day", input = { on = "2026-05-01" },
    expect = { working = false, reason = "thứ Sáu, ngày nghỉ: Ngày Quốc tế Lao động" } },
  { name = "Sunday 2026-04-26 is Giỗ Tổ on a rest day", call = "calendar.day", input = { on = "2026-04-26" },
    expect = { working = false, reason = "Chủ nhật, ngày nghỉ hằng tuần (trùng Giỗ Tổ Hùng Vương (10/3 âm lịch))" } },
  { name = "Monday 2026-04-27 is the make-up day for Giỗ Tổ", call = "calendar.day", input = { on = "2026-04-27" },
    expect = { working = false, reason = "thứ Hai, ngày nghỉ: nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)" } },
  { name = "Friday 2026-01-02 is a swapped day off", call = "calendar.day", input = { on = "2026-01-02" },
    expect = { working = false } },
  { name = "Saturday 2026-01-10 is worked by state bodies but stays a rest day for deadlines (setting)",
    call = "calendar.day", input = { on = "2026-01-10" }, expect = { working = false } },
  { name = "Tuesday 2026-02-17 (Tết) is off", call = "calendar.day", input = { on = "2026-02-17" }, expect = { working = false } },
  { name = "Monday 2026-02-23 after Tết is a working day", call = "calendar.day", input = { on = "2026-02-23" }, expect = { working = true } },
  { name = "Monday 2026-08-31 is swapped off (repaid Saturday 22/8)", call = "calendar.day", input = { on = "2026-08-31" }, expect = { working = false } },
  { name = "Thursday 2026-09-03 is a working day", call = "calendar.day", input = { on = "2026-09-03" }, expect = { working = true } },
  { name = "2026 in full: 13 weekdays off, 2 Saturdays worked", call = "calendar.year", input = { year = 2026 },
    expect = { announced = true,
      days_off = { { on = "2026-01-01" }, { on = "2026-01-02" }, { on = "2026-02-16" }, { on = "2026-02-17" },
                   { on = "2026-02-18" }, { on = "2026-02-19" }, { on = "2026-02-20" }, { on = "2026-04-27" },
                   { on = "2026-04-30" }, { on = "2026-05-01" }, { on = "2026-08-31" }, { on = "2026-09-01" },
                   { on = "2026-09-02" } },
      make_up_work = { { on = "2026-01-10" }, { on = "2026-08-22" } } } },
  { name = "2024: Monday 29/4 swapped with Saturday 4/5", call = "calendar.year", input = { year = 2024 },
    expect = { make_up_work = { { on = "2024-05-04", reason = "làm bù cho thứ Hai 29/4/2024" } } } },
  { name = "2023: Giỗ Tổ (Saturday 29/4) and 30/4 (Sunday) made up on 2/5 and 3/5", call = "calendar.day",
    input = { on = "2023-05-03" }, expect = { working = false } },
  { name = "2020 (Bộ luật Lao động 2012): Quốc khánh was one day; 2020-09-03 is a working day", call = "calendar.day",
    input = { on = "2020-09-03" }, expect = { working = true } },

  -- A year without an announcement: the statute, with make-up days (Điều 111 k3).
  { name = "2027 has no announcement: statutory days", call = "calendar.year", input = { year = 2027 },
    -- 1/1 Fri; Tết 6/2 Sat: 5/2 Fri, 6 Sat, 7 Sun, 8 Mon, 9 Tue, make-up 10 Wed, 11 Thu; Giỗ Tổ 16/4 Fri;
    -- 30/4 Fri; 1/5 Sat → 3/5 Mon; 2/9 Thu and the day before, 1/9 Wed (settings.quoc_khanh_second_day)
    expect = { announced = false,
      days_off = { { on = "2027-01-01" }, { on = "2027-02-05" }, { on = "2027-02-08" }, { on = "2027-02-09" },
                   { on = "2027-02-10" }, { on = "2027-02-11" }, { on = "2027-04-16" }, { on = "2027-04-30" },
                   { on = "2027-05-03" }, { on = "2027-09-01" }, { on = "2027-09-02" } },
      make_up_work = {} } },

  -- Calendar-day periods and the roll-over.
  { name = "10 days from 2026-03-05 end Sunday 15/3: rolled to Monday 16/3", call = "calendar.period",
    input = { from_on = "2026-03-05", days = 10 },
    expect = { due_on = "2026-03-16", nominal_on = "2026-03-15", moved = true, unit = "calendar",
               citation = "Điều 148 k5 Bộ luật Dân sự 2015" } },
  -- The same question again: answered from what the pack remembers (lib.memo; one engine runs every test).
  { name = "10 days from 2026-03-05 asked again: the remembered answer is the same", call = "calendar.period",
    input = { from_on = "2026-03-05", days = 10 },
    expect = { due_on = "2026-03-16", nominal_on = "2026-03-15", moved = true, unit = "calendar",
               citation = "Điều 148 k5 Bộ luật Dân sự 2015" } },
  { name = "5 working days from 2026-04-24 asked twice: the same answer (27/4 made up for Giỗ Tổ, 30/4, 1/5 and the weekend skipped)",
    call = "calendar.period", input = { from_on = "2026-04-24", days = 5, unit = "working" },
    expect = { due_on = "2026-05-06", unit = "working" } },
  { name = "5 working days from 2026-04-24, the second time", call = "calendar.period",
    input = { from_on = "2026-04-24", days = 5, unit = "working" }, expect = { due_on = "2026-05-06", unit = "working" } },
  { name = "10 days from 2026-03-04 end Saturday 14/3: rolled over the whole weekend to Monday", call = "calendar.period",
    input = { from_on = "2026-03-04", days = 10 }, expect = { due_on = "2026-03-16", nominal_on = "2026-03-14", moved = true } },
  { name = "10 days from 2026-03-06 end Monday 16/3: not moved", call = "calendar.period",
    input = { from_on = "2026-03-06", days = 10 }, expect = { due_on = "2026-03-16", moved = false,
                                                              citation = "Điều 147 Bộ luật Dân sự 2015" } },
  { name = "a last day on 2026-05-01 (holiday, then a weekend) moves to Monday 4/5", call = "calendar.period",
    input = { from_on = "2026-04-24", days = 7 }, expect = { due_on = "2026-05-04", nominal_on = "2026-05-01", moved = true } },
  { name = "a last day on 30/4/2026 moves over 1/5 and the weekend", call = "calendar.period",
    input = { from_on = "2026-04-20", days = 10 }, expect = { due_on = "2026-05-04", moved = true } },
  { name = "a last day on Giỗ Tổ 2026 (Sunday) moves over the make-up Monday to Tuesday 28/4", call = "calendar.period",
    input = { from_on = "2026-04-16", days = 10 }, expect = { due_on = "2026-04-28", moved = true } },
  { name = "a last day in Tết 2026 moves to Monday 23/2", call = "calendar.period",
    input = { from_on = "2026-02-08", days = 10 }, expect = { due_on = "2026-02-23", nominal_on = "2026-02-18" } },
  { name = "a last day on the make-up Saturday 10/1/2026 moves to Monday 12/1", call = "calendar.period",
    input = { from_on = "2025-12-31", days = 10 }, expect = { due_on = "2026-01-12", nominal_on = "2026-01-10" } },
  { name = "year end: 31/12/2026 is a Thursday, not moved", call = "calendar.period",
    input = { from_on = "2026-12-21", days = 10 }, expect = { due_on = "2026-12-31", moved = false } },
  { name = "year end: 1/1/2027 (Friday, Tết Dương lịch, fallback year) moves to Monday 4/1/2027", call = "calendar.period",
    input = { from_on = "2026-12-22", days = 10 }, expect = { due_on = "2027-01-04", nominal_on = "2027-01-01" } },
  { name = "2025-12-27 is a Saturday: moved to Monday 29/12/2025", call = "calendar.period",
    input = { from_on = "2025-12-17", days = 10 }, expect = { due_on = "2025-12-29" } },
  { name = "2016: Bộ luật Dân sự 2005 Điều 153 k5 (Sunday 2016-03-13 → Monday)", call = "calendar.period",
    input = { from_on = "2016-03-03", days = 10 }, expect = { due_on = "2016-03-14", citation = "Điều 153 k5 Bộ luật Dân sự 2005" } },

  -- Working-day periods.
  { name = "5 working days from Thursday 12/2/2026 skip Tết: Thursday 26/2", call = "calendar.period",
    input = { from_on = "2026-02-12", days = 5, unit = "working" }, expect = { due_on = "2026-02-26", unit = "working" } },
  { name = "2 working days from Friday 24/4/2026 skip the make-up Monday: Wednesday 29/4", call = "calendar.period",
    input = { from_on = "2026-04-24", days = 2, unit = "working" }, expect = { due_on = "2026-04-29" } },
  { name = "5 working days from Monday 2026-03-09: Monday 16/3", call = "calendar.period",
    input = { from_on = "2026-03-09", days = 5, unit = "working" }, expect = { due_on = "2026-03-16" } },
  { name = "working days across the year end: 2 after Wednesday 30/12/2026 (1/1/2027 off): Monday 4/1/2027", call = "calendar.period",
    input = { from_on = "2026-12-30", days = 2, unit = "working" }, expect = { due_on = "2027-01-04" } },
}
