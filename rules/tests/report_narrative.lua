--- Test cases: the narrative paragraph (report.narrative) and money wording (report.money.*).
--
-- Legal basis: none beyond the forms (presentation; report/narrative.lua, report/money.lua). Money wording is
-- rounded down, with "hơn" when something was dropped: ≥ 1 tỷ → tỷ with one decimal; 10 triệu … < 1 tỷ →
-- whole triệu; 1 … < 10 triệu → triệu with one decimal; below 1 triệu → exact đồng. Form values in triệu
-- đồng: one decimal, half up (settings). Default settings: narrative_subject = "toàn ngành".

local q3 = { kind = "quarterly", label = "2026-Q3", from = "2026-06-15", before = "2026-09-15" }

local full = {
  ["inspections.total"] = 37, ["inspections.carried_over"] = 12, ["inspections.opened"] = 25,
  ["inspections.scheduled"] = 26, ["inspections.unscheduled"] = 11, ["inspections.regular"] = 0,
  ["inspections.concluded"] = 20,
  ["violations.money_vnd"] = 2835400000, ["violations.land_dm2"] = 1234550,
  ["recovery.recommended_vnd"] = 135400000, ["other_financial.recommended_vnd"] = 2700000000,
  ["handling.collectives_recommended"] = 3, ["handling.persons_recommended"] = 14,
  ["transfer.cases"] = 2, ["transfer.persons"] = 5,
  ["penalty.decisions"] = 846, ["penalty.decisions_organizations"] = 120, ["penalty.decisions_individuals"] = 726,
  ["penalty.fines_imposed_vnd"] = 2800000000, ["penalty.fines_collected_vnd"] = 2150000000,
}

return {
  -- Narrative.
  { name = "narrative, every clause: the template filled in, money in words",
    call = "report.narrative", input = { period = q3, figures = full, language = "vi" },
    expect = { problems = {}, text =
      "Trong kỳ (từ 15/06/2026 đến 14/09/2026), toàn ngành triển khai 37 cuộc thanh tra (kỳ trước chuyển sang 12 cuộc, "
      .. "triển khai mới 25 cuộc), trong đó 26 cuộc theo kế hoạch, 11 cuộc đột xuất; đã ban hành kết luận 20 cuộc; "
      .. "phát hiện sai phạm hơn 2,8 tỷ đồng và 12.345,5 m² đất; kiến nghị thu hồi hơn 135 triệu đồng; "
      .. "kiến nghị xử lý khác về kinh tế 2,7 tỷ đồng; kiến nghị xử lý hành chính 3 tập thể, 14 cá nhân; "
      .. "chuyển cơ quan điều tra 2 vụ, 5 đối tượng. "
      .. "Xử phạt vi phạm hành chính: 846 quyết định (120 tổ chức, 726 cá nhân), tổng số tiền phạt 2,8 tỷ đồng; "
      .. "đã thu hơn 2,1 tỷ đồng." } },
  { name = "narrative, zero clauses left out: nothing carried over, no findings yet, no penalties",
    call = "report.narrative",
    input = { period = { kind = "monthly", label = "2026-10", from = "2026-09-15", before = "2026-10-15" },
              figures = { ["inspections.total"] = 4, ["inspections.opened"] = 4, ["inspections.scheduled"] = 3,
                          ["inspections.regular"] = 1 } },
    expect = { text = "Trong kỳ (từ 15/09/2026 đến 14/10/2026), toàn ngành triển khai 4 cuộc thanh tra, "
      .. "trong đó 3 cuộc theo kế hoạch, 1 cuộc thường xuyên." } },
  { name = "narrative, no inspection but penalties: all individuals, warnings only (no fine clause)",
    call = "report.narrative",
    input = { period = { kind = "annual", label = "2026", from = "2025-12-15", before = "2026-12-15" },
              figures = { ["penalty.decisions"] = 3, ["penalty.decisions_individuals"] = 3 } },
    expect = { text = "Trong kỳ (từ 15/12/2025 đến 14/12/2026), toàn ngành không triển khai cuộc thanh tra nào. "
      .. "Xử phạt vi phạm hành chính: 3 quyết định (3 cá nhân)." } },
  { name = "narrative, small amounts in exact đồng, a carried-over-only period, land without money",
    call = "report.narrative",
    input = { period = q3,
              figures = { ["inspections.total"] = 2, ["inspections.carried_over"] = 2, ["inspections.unscheduled"] = 2,
                          ["violations.land_dm2"] = 50000, ["recovery.recommended_land_dm2"] = 50000,
                          ["penalty.decisions"] = 1, ["penalty.decisions_organizations"] = 1,
                          ["penalty.fines_imposed_vnd"] = 750000, ["penalty.fines_collected_vnd"] = 750000 } },
    expect = { text = "Trong kỳ (từ 15/06/2026 đến 14/09/2026), toàn ngành triển khai 2 cuộc thanh tra "
      .. "(kỳ trước chuyển sang 2 cuộc), trong đó 2 cuộc đột xuất; phát hiện sai phạm 500 m² đất; "
      .. "kiến nghị thu hồi 500 m² đất. Xử phạt vi phạm hành chính: 1 quyết định (1 tổ chức), "
      .. "tổng số tiền phạt 750.000 đồng; đã thu 750.000 đồng." } },
  { name = "narrative in another language: Vietnamese text and a problem",
    call = "report.narrative",
    input = { period = q3, figures = {}, language = "en" },
    expect = { text = "Trong kỳ (từ 15/06/2026 đến 14/09/2026), toàn ngành không triển khai cuộc thanh tra nào.",
               problems = { { code = "unsupported_language" } } } },
  { name = "narrative without a period: bad_period",
    call = "report.narrative", input = { period = {}, figures = full },
    expect = { text = "", problems = { { code = "bad_period" } } } },

  -- Money wording.
  { name = "2.800.000.000 đ → 2,8 tỷ đồng", call = "report.money.words", input = 2800000000, expect = "2,8 tỷ đồng" },
  { name = "2.850.000.000 đ → hơn 2,8 tỷ đồng (rounded down)", call = "report.money.words", input = 2850000000,
    expect = "hơn 2,8 tỷ đồng" },
  { name = "3.000.000.000 đ → 3 tỷ đồng (no ,0)", call = "report.money.words", input = 3000000000, expect = "3 tỷ đồng" },
  { name = "1.234.500.000.000 đ → hơn 1.234,5 tỷ đồng", call = "report.money.words", input = 1234567000000,
    expect = "hơn 1.234,5 tỷ đồng" },
  { name = "135.400.000 đ → hơn 135 triệu đồng", call = "report.money.words", input = 135400000,
    expect = "hơn 135 triệu đồng" },
  { name = "135.000.000 đ → 135 triệu đồng", call = "report.money.words", input = 135000000, expect = "135 triệu đồng" },
  { name = "999.999.999 đ → hơn 999 triệu đồng", call = "report.money.words", input = 999999999,
    expect = "hơn 999 triệu đồng" },
  { name = "1.500.000 đ → 1,5 triệu đồng", call = "report.money.words", input = 1500000, expect = "1,5 triệu đồng" },
  { name = "1.550.000 đ → hơn 1,5 triệu đồng", call = "report.money.words", input = 1550000,
    expect = "hơn 1,5 triệu đồng" },
  { name = "750.000 đ → 750.000 đồng (exact below a million)", call = "report.money.words", input = 750000,
    expect = "750.000 đồng" },
  { name = "0 đ → 0 đồng", call = "report.money.words", input = 0, expect = "0 đồng" },
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
