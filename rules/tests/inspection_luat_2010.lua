--- Test cases: inspections decided under Luật Thanh tra 2010 (56/2010/QH12), 2011-07-01 … 2023-06-30 — worked out
-- by hand.
--
-- Legal basis: Luật Thanh tra 2010 Điều 3 (hành chính / chuyên ngành), Điều 45 k1 (durations), Điều 50 k1 (the
-- conclusion within 15 days of the report). Days: on-site days are working days of rules/calendar; 2017 has no
-- announcement in calendar/years.lua, so its days off are the statute's (Bộ luật Lao động 2012 Điều 115):
-- Giỗ Tổ 2017-04-06 (Thursday), 30/4 a Sunday made up on Tuesday 2/5 (1/5, Monday, is itself a holiday).
-- Weekdays: 2017-03-06 Monday, 2017-06-08 Thursday, 2017-06-17 Saturday.

local function req(t)
  return { mode = t.mode or "scheduled", category = t.category, level = t.level, decided_on = t.decided_on,
           announced_on = t.announced_on, extensions = t.extensions or {}, suspensions = t.suspensions or {},
           onsite_ended_on = t.onsite_ended_on, reported_on = t.reported_on, drafted_on = t.drafted_on }
end

return {
  { name = "categories on 2017-03-01: the 2010 law (2 categories, 7 levels)",
    call = "inspection.categories", input = { on = "2017-03-01" },
    expect = { categories = { { code = "hanh_chinh" }, { code = "chuyen_nganh" } },
               levels = { { code = "thanh_tra_chinh_phu" }, { code = "thanh_tra_bo" }, { code = "thanh_tra_tinh" },
                          { code = "thanh_tra_so" }, { code = "thanh_tra_huyen" }, { code = "tong_cuc_cuc" },
                          { code = "chi_cuc" } } } },
  { name = "categories on 2011-06-30: no inspection law in the pack",
    call = "inspection.categories", input = { on = "2011-06-30" }, expect = { categories = {}, levels = {} } },
  { name = "categories on 2023-06-30, the last day of the 2010 law", call = "inspection.categories",
    input = { on = "2023-06-30" }, expect = { levels = { {}, {}, {}, {}, {}, {}, {} } } },
  { name = "decided 2011-06-30: not in force",
    call = "inspection.deadlines",
    input = req { category = "hanh_chinh", level = "thanh_tra_so", decided_on = "2011-06-30", announced_on = "2011-07-04" },
    expect = { problems = { { code = "not_in_force" } } } },
  { name = "a level of the 2025 law is unknown in 2017",
    call = "inspection.deadlines",
    input = req { category = "hanh_chinh", level = "thanh_tra_bo_cong_an", decided_on = "2017-02-20", announced_on = "2017-03-06" },
    expect = { problems = { { code = "unknown_level" } } } },

  { name = "2017 Thanh tra tỉnh: 45 working days from Monday 2017-03-06, Giỗ Tổ and 1/5, 2/5 skipped → 2017-05-10",
    -- 4 full weeks (20), the week of Giỗ Tổ 04-06 (4: 24), 3 weeks (39), 05-03 … 05-05 (42), 05-08 … 05-10 (45)
    call = "inspection.deadlines",
    input = req { category = "hanh_chinh", level = "thanh_tra_tinh", decided_on = "2017-02-20", announced_on = "2017-03-06" },
    expect = { onsite_due_on = "2017-05-10", problems = {},
               steps = { { citation = "Luật Thanh tra 2010" }, { citation = "Điều 45 k1 Luật Thanh tra 2010" },
                         { citation = "Điều 45 k1 Luật Thanh tra 2010" } } } },
  { name = "2017 Thanh tra sở (specialized): 30 working days from Monday 2017-03-06 → 2017-04-17",
    -- 4 full weeks (20), the Giỗ Tổ week (24), 04-10 … 04-14 (29), 04-17 (30)
    call = "inspection.deadlines",
    input = req { category = "chuyen_nganh", level = "thanh_tra_so", decided_on = "2017-03-01", announced_on = "2017-03-06" },
    expect = { onsite_due_on = "2017-04-17", problems = {} } },
  { name = "2017 Thanh tra tỉnh extended by 25 (to 70, the law's cap): accepted",
    call = "inspection.deadlines",
    input = req { category = "hanh_chinh", level = "thanh_tra_tinh", decided_on = "2017-02-20", announced_on = "2017-03-06",
                  extensions = { { granted_on = "2017-05-05", days = 25 } } },
    expect = { problems = {} } },
  { name = "2017 Thanh tra tỉnh extended by 30: beyond 70 days in all, counted as 25",
    call = "inspection.deadlines",
    input = req { category = "hanh_chinh", level = "thanh_tra_tinh", decided_on = "2017-02-20", announced_on = "2017-03-06",
                  extensions = { { granted_on = "2017-05-05", days = 30 } } },
    expect = { problems = { { code = "extension_not_allowed" } } } },
  { name = "2017 Thanh tra Chính phủ: 60 + 30 + 60 = 150 days in two extensions: accepted",
    call = "inspection.deadlines",
    input = req { category = "hanh_chinh", level = "thanh_tra_chinh_phu", decided_on = "2017-02-20", announced_on = "2017-03-06",
                  extensions = { { granted_on = "2017-05-05", days = 30 }, { granted_on = "2017-07-05", days = 60 } } },
    expect = { problems = {} } },
  { name = "check_extension: a Thanh tra huyện in 2019 may extend by 15 (to 45), not by 16",
    call = "inspection.check_extension",
    input = { category = "hanh_chinh", level = "thanh_tra_huyen", decided_on = "2019-03-01", extensions = {}, days = 16 },
    expect = { ok = false, problems = { { code = "extension_not_allowed" } } } },
  { name = "check_extension: 15 days for a Thanh tra huyện in 2019 is allowed",
    call = "inspection.check_extension",
    input = { category = "hanh_chinh", level = "thanh_tra_huyen", decided_on = "2019-03-01", extensions = {}, days = 15 },
    expect = { ok = true, problems = {} } },

  { name = "2017: report within 15 days of 2017-05-10 (setting); the conclusion within 15 days of the report 2017-05-24 → 2017-06-08 (Điều 50 k1)",
    call = "inspection.deadlines",
    input = req { category = "hanh_chinh", level = "thanh_tra_tinh", decided_on = "2017-02-20", announced_on = "2017-03-06",
                  onsite_ended_on = "2017-05-10", reported_on = "2017-05-24" },
    expect = { report_due_on = "2017-05-25", conclusion_due_on = "2017-06-08", problems = {} } },
  { name = "2017: a late report on 2017-06-02: 15 days end Saturday 06-17, the conclusion is due Monday 2017-06-19",
    call = "inspection.deadlines",
    input = req { category = "hanh_chinh", level = "thanh_tra_tinh", decided_on = "2017-02-20", announced_on = "2017-03-06",
                  onsite_ended_on = "2017-05-10", reported_on = "2017-06-02" },
    expect = { conclusion_due_on = "2017-06-19", problems = { { code = "report_late" } } } },
  { name = "decided 2023-06-30 (last day of the 2010 law): Thanh tra sở, 30 working days from Monday 2023-07-03 → 2023-08-11",
    call = "inspection.deadlines",
    input = req { category = "hanh_chinh", level = "thanh_tra_so", decided_on = "2023-06-30", announced_on = "2023-07-03" },
    expect = { onsite_due_on = "2023-08-11", problems = {} } },
}
