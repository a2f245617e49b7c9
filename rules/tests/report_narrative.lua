--- Test cases: the narrative paragraph (report.narrative) and money wording (report.money.*).
--
-- Legal basis: none beyond the forms (presentation; report/narrative.lua, report/money.lua). Money wording is
-- exact by default, as officials write it (tỷ or triệu with up to three decimals when exact, else đồng); the
-- rounded wording (narrative_round_money) rounds down, with "hơn" when something was dropped: ≥ 1 tỷ → tỷ with
-- one decimal; 10 triệu … < 1 tỷ → whole triệu; 1 … < 10 triệu → triệu with one decimal; below 1 triệu → exact
-- đồng. Form values in triệu đồng: one decimal, half up (settings). Default settings: reporting_body = "Thanh
-- tra tỉnh", reporting_level = "province", narrative_round_money = false.

local q3 = { kind = "quarterly", label = "2026-Q3", from = "2026-06-15", before = "2026-09-15" }

--- The administrative inspections under "hanh_chinh:", the specialized ones under "chuyen_nganh:" (as the host
-- gives them: report.scopes); "inspections.total" (64) counts both and is never said.
local full = {
  ["inspections.total"] = 64,
  ["hanh_chinh:inspections.total"] = 30, ["hanh_chinh:inspections.carried_over"] = 12, ["hanh_chinh:inspections.opened"] = 18,
  ["hanh_chinh:inspections.scheduled"] = 20, ["hanh_chinh:inspections.unscheduled"] = 10,
  ["hanh_chinh:inspections.concluded"] = 20,
  ["hanh_chinh:violations.money_vnd"] = 2835400000, ["hanh_chinh:violations.land_dm2"] = 1234550,
  ["hanh_chinh:recovery.recommended_vnd"] = 135400000, ["hanh_chinh:other_financial.recommended_vnd"] = 2700000000,
  ["hanh_chinh:handling.collectives_recommended"] = 3, ["hanh_chinh:handling.persons_recommended"] = 14,
  ["hanh_chinh:transfer.cases"] = 2, ["hanh_chinh:transfer.persons"] = 5,
  ["hanh_chinh:recovery.recovered_vnd"] = 93300000, ["hanh_chinh:handling.collectives_handled"] = 1,
  ["hanh_chinh:handling.persons_handled"] = 4,
  ["chuyen_nganh:inspections.total"] = 34, ["chuyen_nganh:inspections.opened"] = 34,
  ["chuyen_nganh:inspections.scheduled"] = 21, ["chuyen_nganh:inspections.unscheduled"] = 13,
  ["chuyen_nganh:inspections.concluded"] = 30, ["chuyen_nganh:violations.money_vnd"] = 10300000,
  ["chuyen_nganh:recovery.recommended_vnd"] = 10300000,
  ["penalty.decisions"] = 846, ["penalty.decisions_organizations"] = 120, ["penalty.decisions_individuals"] = 726,
  ["penalty.fines_imposed_vnd"] = 2815000000, ["penalty.fines_collected_vnd"] = 2150000000,
}

return {
  -- Narrative.
  { name = "narrative, every clause, per scope: the body's name, 30 administrative and 34 specialized (never 64), "
      .. "money as officials write it, recovered and handled with their rates",
    call = "report.narrative", input = { period = q3, figures = full, language = "vi" },
    expect = { problems = {}, text =
      "Trong kỳ (từ 15/06/2026 đến 14/09/2026), Thanh tra tỉnh triển khai 30 cuộc thanh tra hành chính "
      .. "(kỳ trước chuyển sang 12 cuộc, triển khai mới 18 cuộc), trong đó 20 cuộc theo kế hoạch, 10 cuộc đột xuất; "
      .. "đã ban hành kết luận 20 cuộc; phát hiện sai phạm 2.835,4 triệu đồng và 12.345,5 m² đất; "
      .. "kiến nghị thu hồi 135,4 triệu đồng; kiến nghị xử lý khác về kinh tế 2,7 tỷ đồng; "
      .. "kiến nghị xử lý hành chính 3 tập thể, 14 cá nhân; chuyển cơ quan điều tra 2 vụ, 5 đối tượng; "
      .. "đã thu hồi 93,3 triệu đồng, đạt 68,9% số tiền kiến nghị thu hồi; đã xử lý hành chính 1/3 tập thể, 4/14 cá nhân. "
      .. "Thanh tra tỉnh triển khai 34 cuộc thanh tra chuyên ngành, trong đó 21 cuộc theo kế hoạch, 13 cuộc đột xuất; "
      .. "đã ban hành kết luận 30 cuộc; phát hiện sai phạm 10,3 triệu đồng; kiến nghị thu hồi 10,3 triệu đồng. "
      .. "Xử phạt vi phạm hành chính: 846 quyết định (120 tổ chức, 726 cá nhân), tổng số tiền phạt 2,815 tỷ đồng; "
      .. "đã thu 2,15 tỷ đồng." } },
  { name = "narrative, handling by class: kiểm điểm rút kinh nghiệm and xử lý kỷ luật said apart from xử lý hành "
      .. "chính (1 + 0 + 0 collectives, 2 + 3 + 1 persons); prosecuted cases with their persons",
    call = "report.narrative",
    input = { period = q3, figures = {
      ["hanh_chinh:inspections.total"] = 1, ["hanh_chinh:inspections.opened"] = 1, ["hanh_chinh:inspections.unscheduled"] = 1,
      ["hanh_chinh:handling.collectives_recommended"] = 1, ["hanh_chinh:handling.persons_recommended"] = 6,
      ["hanh_chinh:handling.review_collectives_recommended"] = 1, ["hanh_chinh:handling.review_persons_recommended"] = 2,
      ["hanh_chinh:handling.discipline_collectives_recommended"] = 0, ["hanh_chinh:handling.discipline_persons_recommended"] = 3,
      ["hanh_chinh:handling.administrative_collectives_recommended"] = 0,
      ["hanh_chinh:handling.administrative_persons_recommended"] = 1,
      ["hanh_chinh:transfer.cases"] = 2, ["hanh_chinh:transfer.persons"] = 5,
      ["hanh_chinh:transfer.cases_accepted"] = 1, ["hanh_chinh:transfer.persons_accepted"] = 3 } },
    expect = { text = "Trong kỳ (từ 15/06/2026 đến 14/09/2026), Thanh tra tỉnh triển khai 1 cuộc thanh tra hành chính, "
      .. "trong đó 1 cuộc đột xuất; kiến nghị kiểm điểm rút kinh nghiệm 1 tập thể, 2 cá nhân; "
      .. "kiến nghị xử lý kỷ luật 3 cá nhân; kiến nghị xử lý hành chính 1 cá nhân; "
      .. "chuyển cơ quan điều tra 2 vụ, 5 đối tượng; đã khởi tố 1 vụ, 3 đối tượng." } },
  { name = "narrative, policy recommendations: the documents recommended by the period's conclusions and those done",
    call = "report.narrative",
    input = { period = q3, figures = {
      ["hanh_chinh:inspections.total"] = 1, ["hanh_chinh:inspections.opened"] = 1, ["hanh_chinh:inspections.unscheduled"] = 1,
      ["hanh_chinh:inspections.concluded"] = 1, ["hanh_chinh:policy.documents_recommended"] = 3,
      ["hanh_chinh:policy.documents_done"] = 2 } },
    expect = { text = "Trong kỳ (từ 15/06/2026 đến 14/09/2026), Thanh tra tỉnh triển khai 1 cuộc thanh tra hành chính, "
      .. "trong đó 1 cuộc đột xuất; đã ban hành kết luận 1 cuộc; "
      .. "kiến nghị hoàn thiện cơ chế, chính sách, pháp luật 3 văn bản; "
      .. "đã hoàn thiện cơ chế, chính sách, pháp luật 2 văn bản." } },
  { name = "narrative, inspections in progress at the end and the follow-up stock (Nghệ An's 97 = 61 + 36, 13.515 of "
      .. "19.611 triệu, 16/32 and 63/139); violators fewer than decisions said beside them",
    call = "report.narrative",
    input = { period = q3, figures = {
      ["hanh_chinh:inspections.total"] = 3, ["hanh_chinh:inspections.opened"] = 3, ["hanh_chinh:inspections.unscheduled"] = 3,
      ["hanh_chinh:inspections.ongoing"] = 2, ["hanh_chinh:inspections.ongoing_subjects"] = 5,
      ["hanh_chinh:followup.conclusions"] = 97, ["hanh_chinh:followup.conclusions_done"] = 61,
      ["hanh_chinh:followup.conclusions_pending"] = 36,
      ["hanh_chinh:followup.recovery_due_vnd"] = 19611000000, ["hanh_chinh:followup.recovered_vnd"] = 13515000000,
      ["hanh_chinh:followup.collectives_due"] = 32, ["hanh_chinh:followup.collectives_handled"] = 16,
      ["hanh_chinh:followup.persons_due"] = 139, ["hanh_chinh:followup.persons_handled"] = 63,
      ["hanh_chinh:followup.prosecuted_cases"] = 2, ["hanh_chinh:followup.prosecuted_persons"] = 4,
      ["penalty.decisions"] = 846, ["penalty.decisions_organizations"] = 300, ["penalty.decisions_individuals"] = 546,
      ["penalty.violators_organizations"] = 284, ["penalty.violators_persons"] = 500 } },
    expect = { text = "Trong kỳ (từ 15/06/2026 đến 14/09/2026), Thanh tra tỉnh triển khai 3 cuộc thanh tra hành chính, "
      .. "trong đó 3 cuộc đột xuất; đến cuối kỳ còn 2 cuộc đang thực hiện tại 5 đơn vị; theo dõi thực hiện 97 kết luận "
      .. "thanh tra, đã thực hiện xong 61, chưa thực hiện xong 36; đã thu 13,515 tỷ đồng trên 19,611 tỷ đồng phải thu, "
      .. "đạt 68,9%; đã xử lý 16/32 tập thể, 63/139 cá nhân; đã khởi tố 2 vụ, 4 đối tượng. "
      .. "Xử phạt vi phạm hành chính: 846 quyết định (300 tổ chức, 546 cá nhân) đối với 284 tổ chức, 500 cá nhân vi phạm." } },
  { name = "narrative, the follow-up stock's land (120 of 300 m², 40%) and the handled by class (1 + 0 + 2 = 3 "
      .. "collectives, 0 + 2 + 3 = 5 persons), said after the handled totals",
    call = "report.narrative",
    input = { period = q3, figures = {
      ["hanh_chinh:inspections.total"] = 1, ["hanh_chinh:inspections.opened"] = 1, ["hanh_chinh:inspections.unscheduled"] = 1,
      ["hanh_chinh:followup.conclusions"] = 4, ["hanh_chinh:followup.conclusions_done"] = 1,
      ["hanh_chinh:followup.conclusions_pending"] = 3,
      ["hanh_chinh:followup.land_due_dm2"] = 30000, ["hanh_chinh:followup.land_recovered_dm2"] = 12000,
      ["hanh_chinh:followup.collectives_due"] = 4, ["hanh_chinh:followup.collectives_handled"] = 3,
      ["hanh_chinh:followup.persons_due"] = 9, ["hanh_chinh:followup.persons_handled"] = 5,
      ["hanh_chinh:followup.review_collectives_handled"] = 1, ["hanh_chinh:followup.review_persons_handled"] = 0,
      ["hanh_chinh:followup.discipline_collectives_handled"] = 0, ["hanh_chinh:followup.discipline_persons_handled"] = 2,
      ["hanh_chinh:followup.administrative_collectives_handled"] = 2,
      ["hanh_chinh:followup.administrative_persons_handled"] = 3 } },
    expect = { text = "Trong kỳ (từ 15/06/2026 đến 14/09/2026), Thanh tra tỉnh triển khai 1 cuộc thanh tra hành chính, "
      .. "trong đó 1 cuộc đột xuất; theo dõi thực hiện 4 kết luận thanh tra, đã thực hiện xong 1, chưa thực hiện xong 3; "
      .. "đã thu 120 m² đất trên 300 m² phải thu, đạt 40%; đã xử lý 3/4 tập thể, 5/9 cá nhân (trong đó kiểm điểm rút "
      .. "kinh nghiệm 1 tập thể; xử lý kỷ luật 2 cá nhân; xử lý hành chính 2 tập thể, 3 cá nhân)." } },
  { name = "narrative, the stock handled only as xử lý hành chính: no split said (as before the classes)",
    call = "report.narrative",
    input = { period = q3, figures = {
      ["hanh_chinh:inspections.total"] = 1, ["hanh_chinh:inspections.opened"] = 1, ["hanh_chinh:inspections.unscheduled"] = 1,
      ["hanh_chinh:followup.conclusions"] = 1, ["hanh_chinh:followup.conclusions_pending"] = 1,
      ["hanh_chinh:followup.persons_due"] = 2, ["hanh_chinh:followup.persons_handled"] = 1,
      ["hanh_chinh:followup.administrative_persons_handled"] = 1 } },
    expect = { text = "Trong kỳ (từ 15/06/2026 đến 14/09/2026), Thanh tra tỉnh triển khai 1 cuộc thanh tra hành chính, "
      .. "trong đó 1 cuộc đột xuất; theo dõi thực hiện 1 kết luận thanh tra, chưa thực hiện xong 1; đã xử lý 1/2 cá nhân." } },
  { name = "narrative, what the decisions impose besides fines: 2,5 triệu đồng confiscated, 1 licence, 1 suspension, "
      .. "3 remedial measures, each clause after the fines",
    call = "report.narrative",
    input = { period = q3, figures = {
      ["penalty.decisions"] = 3, ["penalty.decisions_organizations"] = 1, ["penalty.decisions_individuals"] = 2,
      ["penalty.fines_imposed_vnd"] = 22500000, ["penalty.confiscated_vnd"] = 2500000,
      ["penalty.licence_revocations"] = 1, ["penalty.activity_suspensions"] = 1, ["penalty.remedial_measures"] = 3 } },
    expect = { text = "Trong kỳ (từ 15/06/2026 đến 14/09/2026), Thanh tra tỉnh không triển khai cuộc thanh tra nào. "
      .. "Xử phạt vi phạm hành chính: 3 quyết định (1 tổ chức, 2 cá nhân), tổng số tiền phạt 22,5 triệu đồng; "
      .. "tịch thu tang vật, phương tiện vi phạm trị giá 2,5 triệu đồng; áp dụng hình thức xử phạt bổ sung: tước quyền "
      .. "sử dụng giấy phép, chứng chỉ hành nghề 1 trường hợp, đình chỉ hoạt động 1 trường hợp; áp dụng 3 biện pháp "
      .. "khắc phục hậu quả." } },
  { name = "narrative, zero clauses left out: nothing carried over, no findings yet, no penalties, no specialized",
    call = "report.narrative",
    input = { period = { kind = "monthly", label = "2026-10", from = "2026-09-15", before = "2026-10-15" },
              figures = { ["inspections.total"] = 4, ["hanh_chinh:inspections.total"] = 4,
                          ["hanh_chinh:inspections.opened"] = 4, ["hanh_chinh:inspections.scheduled"] = 3,
                          ["hanh_chinh:inspections.regular"] = 1 } },
    expect = { text = "Trong kỳ (từ 15/09/2026 đến 14/10/2026), Thanh tra tỉnh triển khai 4 cuộc thanh tra hành chính, "
      .. "trong đó 3 cuộc theo kế hoạch, 1 cuộc thường xuyên." } },
  { name = "narrative, only specialized inspections: the period opens the specialized sentence",
    call = "report.narrative",
    input = { period = q3, figures = { ["chuyen_nganh:inspections.total"] = 2, ["chuyen_nganh:inspections.opened"] = 2,
                                       ["chuyen_nganh:inspections.unscheduled"] = 2 } },
    expect = { text = "Trong kỳ (từ 15/06/2026 đến 14/09/2026), Thanh tra tỉnh triển khai 2 cuộc thanh tra chuyên ngành, "
      .. "trong đó 2 cuộc đột xuất." } },
  { name = "narrative, no inspection but penalties: all individuals, warnings only (no fine clause)",
    call = "report.narrative",
    input = { period = { kind = "annual", label = "2026", from = "2025-12-15", before = "2026-12-15" },
              figures = { ["penalty.decisions"] = 3, ["penalty.decisions_individuals"] = 3 } },
    expect = { text = "Trong kỳ (từ 15/12/2025 đến 14/12/2026), Thanh tra tỉnh không triển khai cuộc thanh tra nào. "
      .. "Xử phạt vi phạm hành chính: 3 quyết định (3 cá nhân)." } },
  { name = "narrative, small amounts in exact đồng, a carried-over-only period, land without money, recovered land",
    call = "report.narrative",
    input = { period = q3,
              figures = { ["hanh_chinh:inspections.total"] = 2, ["hanh_chinh:inspections.carried_over"] = 2,
                          ["hanh_chinh:inspections.unscheduled"] = 2,
                          ["hanh_chinh:violations.land_dm2"] = 50000, ["hanh_chinh:recovery.recommended_land_dm2"] = 50000,
                          ["hanh_chinh:recovery.recovered_land_dm2"] = 20000, ["hanh_chinh:handling.persons_handled"] = 2,
                          ["penalty.decisions"] = 1, ["penalty.decisions_organizations"] = 1,
                          ["penalty.fines_imposed_vnd"] = 750000, ["penalty.fines_collected_vnd"] = 750000 } },
    expect = { text = "Trong kỳ (từ 15/06/2026 đến 14/09/2026), Thanh tra tỉnh triển khai 2 cuộc thanh tra hành chính "
      .. "(kỳ trước chuyển sang 2 cuộc), trong đó 2 cuộc đột xuất; phát hiện sai phạm 500 m² đất; "
      .. "kiến nghị thu hồi 500 m² đất; đã thu hồi 200 m² đất; đã xử lý hành chính 2 cá nhân. "
      .. "Xử phạt vi phạm hành chính: 1 quyết định (1 tổ chức), "
      .. "tổng số tiền phạt 750.000 đồng; đã thu 750.000 đồng." } },
  { name = "narrative in another language: Vietnamese text and a problem",
    call = "report.narrative",
    input = { period = q3, figures = {}, language = "en" },
    expect = { text = "Trong kỳ (từ 15/06/2026 đến 14/09/2026), Thanh tra tỉnh không triển khai cuộc thanh tra nào.",
               problems = { { code = "unsupported_language" } } } },
  { name = "narrative without a period: bad_period",
    call = "report.narrative", input = { period = {}, figures = full },
    expect = { text = "", problems = { { code = "bad_period" } } } },

  -- Money wording as officials write it (the narrative's default).
  { name = "10.300.000 đ → 10,3 triệu đồng (no 'hơn')", call = "report.money.words", input = 10300000,
    expect = "10,3 triệu đồng" },
  { name = "2.815.000.000 đ → 2,815 tỷ đồng", call = "report.money.words", input = 2815000000, expect = "2,815 tỷ đồng" },
  { name = "2.835.400.000 đ → 2.835,4 triệu đồng (not exact in tỷ to three decimals)", call = "report.money.words",
    input = 2835400000, expect = "2.835,4 triệu đồng" },
  { name = "135.400.000 đ → 135,4 triệu đồng", call = "report.money.words_exact", input = 135400000,
    expect = "135,4 triệu đồng" },
  { name = "1.234.567 đ → 1.234.567 đồng (not exact in triệu to three decimals)", call = "report.money.words_exact",
    input = 1234567, expect = "1.234.567 đồng" },
  { name = "13.515.000.000 đ → 13,515 tỷ đồng", call = "report.money.words_exact", input = 13515000000,
    expect = "13,515 tỷ đồng" },
  { name = "3.000.000.000 đ → 3 tỷ đồng (no ,0)", call = "report.money.words_exact", input = 3000000000,
    expect = "3 tỷ đồng" },
  { name = "750.000 đ → 750.000 đồng", call = "report.money.words_exact", input = 750000, expect = "750.000 đồng" },
  { name = "rate 13.515 of 19.611 → 68,9%", call = "report.money.percent", input = { part = 13515, whole = 19611 },
    expect = "68,9%" },
  { name = "rate 16 of 32 → 50%", call = "report.money.percent", input = { part = 16, whole = 32 }, expect = "50%" },
  { name = "rate 1 of 3 → 33,3% (half up: 333,33‰)", call = "report.money.percent", input = { part = 1, whole = 3 },
    expect = "33,3%" },
  { name = "rate 2 of 3 → 66,7% (half up: 666,67‰)", call = "report.money.percent", input = { part = 2, whole = 3 },
    expect = "66,7%" },

  -- Money wording rounded down (settings.narrative_round_money = true).
  { name = "10.300.000 đ → hơn 10 triệu đồng", call = "report.money.words_rounded", input = 10300000,
    expect = "hơn 10 triệu đồng" },
  { name = "2.800.000.000 đ → 2,8 tỷ đồng", call = "report.money.words_rounded", input = 2800000000, expect = "2,8 tỷ đồng" },
  { name = "2.850.000.000 đ → hơn 2,8 tỷ đồng (rounded down)", call = "report.money.words_rounded", input = 2850000000,
    expect = "hơn 2,8 tỷ đồng" },
  { name = "3.000.000.000 đ → 3 tỷ đồng (no ,0)", call = "report.money.words_rounded", input = 3000000000, expect = "3 tỷ đồng" },
  { name = "1.234.500.000.000 đ → hơn 1.234,5 tỷ đồng", call = "report.money.words_rounded", input = 1234567000000,
    expect = "hơn 1.234,5 tỷ đồng" },
  { name = "135.400.000 đ → hơn 135 triệu đồng", call = "report.money.words_rounded", input = 135400000,
    expect = "hơn 135 triệu đồng" },
  { name = "135.000.000 đ → 135 triệu đồng", call = "report.money.words_rounded", input = 135000000, expect = "135 triệu đồng" },
  { name = "999.999.999 đ → hơn 999 triệu đồng", call = "report.money.words_rounded", input = 999999999,
    expect = "hơn 999 triệu đồng" },
  { name = "1.500.000 đ → 1,5 triệu đồng", call = "report.money.words_rounded", input = 1500000, expect = "1,5 triệu đồng" },
  { name = "1.550.000 đ → hơn 1,5 triệu đồng", call = "report.money.words_rounded", input = 1550000,
    expect = "hơn 1,5 triệu đồng" },
  { name = "750.000 đ → 750.000 đồng (exact below a million)", call = "report.money.words_rounded", input = 750000,
    expect = "750.000 đồng" },
  { name = "0 đ → 0 đồng", call = "report.money.words_rounded", input = 0, expect = "0 đồng" },
  { name = "form value 135.450.000 đ → 135,5 triệu (half up)", call = "report.money.million",
    input = { amount_vnd = 135450000 }, expect = "135,5" },
  { name = "form value 135.449.999 đ → 135,4 triệu", call = "report.money.million",
    input = { amount_vnd = 135449999 }, expect = "135,4" },
  { name = "form value 2.800.000.000 đ → 2.800,0 triệu", call = "report.money.million",
    input = { amount_vnd = 2800000000 }, expect = "2.800,0" },
  { name = "form value rounded down to whole triệu", call = "report.money.million",
    input = { amount_vnd = 135999999, decimals = 0, rounding = "down" }, expect = "135" },
  { name = "land 1.234.550 dm² → 12.345,5 m²", call = "report.money.m2", input = 1234550, expect = "12.345,5 m²" },
}
