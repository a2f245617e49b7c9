--- Test cases: versions of a catalog entry and the leniency principle.
--
-- Legal basis: Luật Ban hành VBQPPL 80/2015/QH13 Điều 156 k1, k4 (decisions before 2025-04-01) and Luật
-- 64/2025/QH15 (from 2025-04-01; article UNCONFIRMED, see penalty/settings.lua `leniency_law`); Luật XLVPHC
-- Điều 22, 23 k4; NĐ 118/2021 Điều 9 k1.
--
-- Two kinds of cases:
--   * the bundled catalog's real versions (NĐ 125/2020 Điều 22 k2 and Điều 26 k4, reworded by NĐ 102/2021 from
--     2022-01-01 with the same frame), through penalty.assess;
--   * versions that are NOT law: the entries of FIXTURE below, made up to exercise every branch (a lighter new
--     frame, a heavier one, a repeal, a warning, a renumbering), through penalty.assess_with_catalog. Their
--     decrees are called "Nghị định A/B (ví dụ kiểm thử)" on purpose.
-- Unless a case says otherwise: an organization, the act committed and ended on 2025-06-15, recorded on
-- 2025-07-02, decided on 2025-07-05; the old texts end on 2025-06-30 and the new ones start on 2025-07-01.

local A = "Nghị định A (ví dụ kiểm thử)"
local B = "Nghị định B (ví dụ kiểm thử)"
local M1, M2 = "tu_nguyen_khai_bao", "ngan_chan_giam_hau_qua"

--- A fixture entry: invoice sector, frame stated for organizations.
local function v(code, decree, article, min, max, from, to, extra)
  local t = { code = code, decree = decree, article = article, clause = 1, title = "Hành vi mẫu " .. code,
    sector = "hoa_don", stated_for = "organization", frame_min_vnd = min, frame_max_vnd = max,
    effective_from = from, effective_to = to }
  for k, value in pairs(extra or {}) do t[k] = value end
  return t
end

local OLD_END, NEW_START = "2025-06-30", "2025-07-01"

local FIXTURE = {
  -- A lighter frame from 2025-07-01: 10–20 trđ → 4–8 trđ.
  v("X-LIGHTER", A, 10, 10000000, 20000000, "2024-01-01", OLD_END),
  v("X-LIGHTER", B, 5, 4000000, 8000000, NEW_START),
  -- A heavier frame: 4–8 trđ → 10–20 trđ.
  v("X-HEAVIER", A, 11, 4000000, 8000000, "2024-01-01", OLD_END),
  v("X-HEAVIER", B, 6, 10000000, 20000000, NEW_START),
  -- The act stops being a violation on 2025-07-01 (Điều 2 of the new decree repeals it).
  v("X-REPEALED", A, 12, 4000000, 8000000, "2024-01-01", OLD_END),
  { code = "X-REPEALED", decree = B, article = 2, clause = 1, effective_from = NEW_START, sanctioned = false },
  -- A higher minimum but a lower average: 2–10 trđ (average 6) → 3–7 trđ (average 5).
  v("X-MIN", A, 13, 2000000, 10000000, "2024-01-01", OLD_END),
  v("X-MIN", B, 7, 3000000, 7000000, NEW_START),
  -- The same frame, and from 2025-07-01 a warning when there is a mitigating circumstance.
  v("X-WARN", A, 14, 4000000, 8000000, "2024-01-01", OLD_END),
  v("X-WARN", B, 8, 4000000, 8000000, NEW_START, nil, { warning_allowed = true }),
  -- Renumbered: the act moves from X-OLD (10–20 trđ) to X-NEW (4–8 trđ).
  v("X-OLD", A, 15, 10000000, 20000000, "2024-01-01", OLD_END),
  v("X-NEW", B, 9, 4000000, 8000000, NEW_START, nil, { succeeds = "X-OLD" }),
  -- The catalog has no text after 2025-06-30 (the new one is not entered yet).
  v("X-GAP", A, 16, 4000000, 8000000, "2024-01-01", OLD_END),
  -- A change before 2025-04-01, decided under Luật 80/2015: 10–20 → 4–8 trđ from 2025-01-01.
  v("X-2024", A, 17, 10000000, 20000000, "2024-01-01", "2024-12-31"),
  v("X-2024", B, 10, 4000000, 8000000, "2025-01-01"),
}

--- A request for one violation of `code`; `extra` overrides fields, `committed` the violation date.
local function req(code, committed, extra)
  local r = { violator = "organization", minor = false, record_on = "2025-07-02", decided_on = "2025-07-05",
              today = "2025-07-05", complex = false, explanation_requested = false, extension_days = 0,
              mitigating = {}, aggravating = {},
              violations = { { code = code, committed_on = committed or "2025-06-15", ended_on = committed or "2025-06-15",
                               illegal_gain_vnd = 0 } } }
  for k, value in pairs(extra or {}) do r[k] = value end
  return r
end

local function fixture(code, committed, extra)
  return { entries = FIXTURE, request = req(code, committed, extra) }
end

--- The same, previewed: no decision date (the leniency comparison uses `today`).
local function preview(code)
  local input = fixture(code)
  input.request.decided_on = nil
  return input
end

local LAW_2015_K1 = "khoản 1 Điều 156 Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13"
local LAW_2015_K4 = "khoản 4 Điều 156 Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13"
local LAW_2025 = "Chương VI Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 (nguyên tắc áp dụng văn bản; số điều chưa xác minh)"

return {
  -- The bundled catalog's real versions.
  { name = "NĐ 125 Điều 26 k4, lost in 2021, decided in 2022: NĐ 102's rewording keeps the frame, the 2021 text applies",
    -- 5.000.000–10.000.000 đ in both texts: average 7.500.000 đ either way; a tie keeps the old text.
    call = "penalty.assess",
    input = { violator = "organization", minor = false, record_on = "2022-01-28", decided_on = "2022-02-01",
              today = "2022-02-01", mitigating = {}, aggravating = {},
              violations = { { code = "ND125-2020-D26-K4", committed_on = "2021-06-01", ended_on = "2021-06-01",
                               illegal_gain_vnd = 0 } } },
    expect = { total_fine_vnd = 7500000, problems = {},
      lines = { { fine_vnd = 7500000,
        title = "Làm mất, cháy, hỏng hóa đơn đã lập, đã khai, nộp thuế trong quá trình sử dụng hoặc trong thời gian lưu trữ",
        applied = { code = "ND125-2020-D26-K4", effective_from = "2020-12-05", effective_to = "2021-12-31",
                    why = "in_force_on_violation_date" },
        steps = { {},
          { text = "Ngày vi phạm 2021-06-01: văn bản có hiệu lực là khoản 4 Điều 26 Nghị định 125/2020/NĐ-CP (hiệu lực từ 2020-12-05 đến 2021-12-31); theo văn bản này: khung 5.000.000 đ–10.000.000 đ, mức phạt 7.500.000 đ",
            citation = "khoản 4 Điều 26 Nghị định 125/2020/NĐ-CP" },
          { text = "Ngày ra quyết định 2022-02-01: văn bản có hiệu lực là khoản 4 Điều 26 Nghị định 125/2020/NĐ-CP (hiệu lực từ 2022-01-01); theo văn bản này: khung 5.000.000 đ–10.000.000 đ, mức phạt 7.500.000 đ" },
          { text = "Văn bản mới không có lợi hơn cho người vi phạm (mức phạt cho vụ việc này 7.500.000 đ bằng mức theo văn bản có hiệu lực vào ngày vi phạm): áp dụng văn bản có hiệu lực vào ngày vi phạm, khoản 4 Điều 26 Nghị định 125/2020/NĐ-CP",
            citation = LAW_2015_K1 },
          {}, {}, {} } } } } },
  { name = "NĐ 125 Điều 22 k2 committed and decided in 2022: the NĐ 102 text, in force on both days",
    call = "penalty.assess",
    input = { violator = "individual", minor = false, record_on = "2022-03-02", decided_on = "2022-03-04",
              today = "2022-03-04", mitigating = {}, aggravating = {},
              violations = { { code = "ND125-2020-D22-K2", committed_on = "2022-03-01", ended_on = "2022-03-01",
                               illegal_gain_vnd = 0 } } },
    -- Individual: ½ of 20–50 trđ = 10–25 trđ, average 17.500.000 đ.
    expect = { total_fine_vnd = 17500000, problems = {},
      lines = { { title = "Cho, bán hóa đơn",
        applied = { effective_from = "2022-01-01", why = "in_force_on_both_dates" },
        steps = { {},
          { text = "Văn bản áp dụng: khoản 2 Điều 22 Nghị định 125/2020/NĐ-CP (hiệu lực từ 2022-01-01), có hiệu lực cả vào ngày vi phạm 2022-03-01 và ngày ra quyết định 2022-03-04",
            citation = LAW_2015_K1 },
          {}, {}, {}, {}, {} } } } } },
  { name = "NĐ 125 Điều 22 k2 committed in 2021: the original text (invoices bought and not yet issued)",
    call = "penalty.assess",
    input = { violator = "organization", minor = false, record_on = "2021-11-02", decided_on = "2021-11-04",
              today = "2021-11-04", mitigating = {}, aggravating = {},
              violations = { { code = "ND125-2020-D22-K2", committed_on = "2021-11-01", ended_on = "2021-11-01",
                               illegal_gain_vnd = 0 } } },
    expect = { total_fine_vnd = 35000000, problems = {},
      lines = { { title = "Cho, bán hóa đơn mua của cơ quan thuế nhưng chưa lập",
                  applied = { effective_to = "2021-12-31", why = "in_force_on_both_dates" } } } } },

  -- Fixture versions (not law).
  { name = "violation before the amendment, decision after a lighter version: the new version applies",
    -- Old 10–20 trđ: 15.000.000 đ; new 4–8 trđ: 6.000.000 đ, lower → the new text.
    call = "penalty.assess_with_catalog", input = fixture("X-LIGHTER"),
    expect = { total_fine_vnd = 6000000, problems = {},
      lines = { { code = "X-LIGHTER", basis = "khoản 1 Điều 5 " .. B, fine_vnd = 6000000,
        frame_min_vnd = 4000000, frame_max_vnd = 8000000,
        applied = { code = "X-LIGHTER", basis = "khoản 1 Điều 5 " .. B, effective_from = "2025-07-01",
                    sanctioned = true, why = "more_lenient" },
        steps = { {},
          { text = "Ngày vi phạm 2025-06-15: văn bản có hiệu lực là khoản 1 Điều 10 " .. A .. " (hiệu lực từ 2024-01-01 đến 2025-06-30); theo văn bản này: khung 10.000.000 đ–20.000.000 đ, mức phạt 15.000.000 đ",
            citation = "khoản 1 Điều 10 " .. A },
          { text = "Ngày ra quyết định 2025-07-05: văn bản có hiệu lực là khoản 1 Điều 5 " .. B .. " (hiệu lực từ 2025-07-01); theo văn bản này: khung 4.000.000 đ–8.000.000 đ, mức phạt 6.000.000 đ",
            citation = "khoản 1 Điều 5 " .. B },
          { text = "Văn bản mới có lợi hơn cho người vi phạm (mức phạt cho vụ việc này 6.000.000 đ thấp hơn 15.000.000 đ): áp dụng khoản 1 Điều 5 " .. B .. " cho hành vi xảy ra trước ngày văn bản có hiệu lực",
            citation = LAW_2025 },
          { text = "Khung tiền phạt theo văn bản: 4.000.000 đ–8.000.000 đ (mức đối với tổ chức)", citation = "khoản 1 Điều 5 " .. B },
          {}, {} } } } } },
  { name = "a heavier new version: the version in force on the violation date applies",
    -- Old 4–8 trđ: 6.000.000 đ; new 10–20 trđ: 15.000.000 đ.
    call = "penalty.assess_with_catalog", input = fixture("X-HEAVIER"),
    expect = { total_fine_vnd = 6000000, problems = {},
      lines = { { basis = "khoản 1 Điều 11 " .. A,
        applied = { effective_to = "2025-06-30", why = "in_force_on_violation_date" },
        steps = { {}, {}, {},
          { text = "Văn bản mới không có lợi hơn cho người vi phạm (mức phạt cho vụ việc này 15.000.000 đ cao hơn 6.000.000 đ): áp dụng văn bản có hiệu lực vào ngày vi phạm, khoản 1 Điều 11 " .. A,
            citation = LAW_2025 },
          {}, {}, {} } } } } },
  { name = "the act is no longer sanctioned on the decision date: no fine, no warning, a clear step and a refusal",
    call = "penalty.assess_with_catalog", input = fixture("X-REPEALED"),
    expect = { total_fine_vnd = 0,
      problems = { { code = "no_longer_sanctioned",
        message = "Dòng 1: hành vi X-REPEALED không còn bị xử phạt từ ngày 2025-07-01 (khoản 1 Điều 2 " .. B .. ")" } },
      lines = { { fine_vnd = 0, warning = false, frame_min_vnd = 0, frame_max_vnd = 0, remedies = {},
        title = "Hành vi mẫu X-REPEALED",
        applied = { basis = "khoản 1 Điều 2 " .. B, sanctioned = false, why = "more_lenient" },
        steps = { {}, {},
          { text = "Ngày ra quyết định 2025-07-05: văn bản có hiệu lực là khoản 1 Điều 2 " .. B .. " (hiệu lực từ 2025-07-01); theo văn bản này: không còn quy định xử phạt hành vi này" },
          { text = "Văn bản mới có lợi hơn cho người vi phạm (văn bản mới không còn quy định xử phạt hành vi này): áp dụng khoản 1 Điều 2 " .. B .. " cho hành vi xảy ra trước ngày văn bản có hiệu lực",
            citation = LAW_2025 },
          { text = "Không xử phạt: khoản 1 Điều 2 " .. B .. " không còn quy định hành vi này là vi phạm từ ngày 2025-07-01",
            citation = LAW_2025 } } } } } },
  { name = "repealed act committed after the repeal: not in force on the violation date",
    call = "penalty.assess_with_catalog",
    input = fixture("X-REPEALED", "2025-07-01"),
    expect = { total_fine_vnd = 0, problems = { { code = "not_in_force",
      message = "Dòng 1: X-REPEALED không còn bị xử phạt từ ngày 2025-07-01 (khoản 1 Điều 2 " .. B .. "), không áp dụng cho hành vi ngày 2025-07-01" } } } },

  -- Same-date boundaries.
  { name = "committed on the old version's last day, decided on the new version's first day: the lighter new one",
    call = "penalty.assess_with_catalog",
    input = fixture("X-LIGHTER", "2025-06-30", { record_on = "2025-07-01", decided_on = "2025-07-01", today = "2025-07-01" }),
    expect = { total_fine_vnd = 6000000, lines = { { applied = { effective_from = "2025-07-01", why = "more_lenient" } } } } },
  { name = "decided on the old version's last day: the new version is not in force yet, the old one applies",
    call = "penalty.assess_with_catalog",
    input = fixture("X-LIGHTER", "2025-06-20", { record_on = "2025-06-25", decided_on = "2025-06-30", today = "2025-06-30" }),
    expect = { total_fine_vnd = 15000000, problems = {},
      lines = { { applied = { effective_to = "2025-06-30", why = "in_force_on_both_dates" } } } } },
  { name = "committed on the new version's first day: the new version is the one in force on the violation date",
    call = "penalty.assess_with_catalog",
    input = fixture("X-HEAVIER", "2025-07-01"),
    expect = { total_fine_vnd = 15000000, problems = {},
      lines = { { applied = { effective_from = "2025-07-01", why = "in_force_on_both_dates" } } } } },
  { name = "committed the day before the first version: not in force",
    call = "penalty.assess_with_catalog", input = fixture("X-LIGHTER", "2023-12-31"),
    expect = { total_fine_vnd = 0, problems = { { code = "not_in_force",
      message = "Dòng 1: X-LIGHTER có hiệu lực từ 2024-01-01 đến 2025-06-30 và từ 2025-07-01, không áp dụng cho hành vi ngày 2023-12-31" } } } },

  -- What "lighter" compares: the fine for this case.
  { name = "a higher minimum but a lower average, no circumstances: the new version is lighter for this case",
    -- Old 2–10 trđ: average 6.000.000 đ; new 3–7 trđ: average 5.000.000 đ.
    call = "penalty.assess_with_catalog", input = fixture("X-MIN"),
    expect = { total_fine_vnd = 5000000, lines = { { applied = { why = "more_lenient" } } } } },
  { name = "a higher minimum, two mitigating circumstances: the minimum of the old frame is lower, the old version applies",
    -- Two mitigating: the minimum. Old 2.000.000 đ < new 3.000.000 đ.
    call = "penalty.assess_with_catalog", input = fixture("X-MIN", nil, { mitigating = { M1, M2 } }),
    expect = { total_fine_vnd = 2000000, lines = { { applied = { why = "in_force_on_violation_date" } } } } },
  { name = "a warning instead of a fine under the new version: lighter",
    -- One mitigating: old 4–8 trđ halfway down = 5.000.000 đ; new allows a warning with a mitigating circumstance.
    call = "penalty.assess_with_catalog", input = fixture("X-WARN", nil, { mitigating = { M1 } }),
    expect = { total_fine_vnd = 0, problems = {},
      lines = { { fine_vnd = 0, warning = true, applied = { effective_from = "2025-07-01", why = "more_lenient" },
        steps = { {}, {}, {},
          { text = "Văn bản mới có lợi hơn cho người vi phạm (phạt cảnh cáo thay vì phạt tiền 5.000.000 đ): áp dụng khoản 1 Điều 8 " .. B .. " cho hành vi xảy ra trước ngày văn bản có hiệu lực" },
          {}, {} } } } } },
  { name = "the same frame and no mitigating circumstance: a tie, the old version applies",
    call = "penalty.assess_with_catalog", input = fixture("X-WARN"),
    expect = { total_fine_vnd = 6000000, lines = { { warning = false, applied = { why = "in_force_on_violation_date" } } } } },

  -- Renumbering, previews, gaps, and the law by date.
  { name = "an act moved to a new code (succeeds): the old code still finds the lighter new text",
    call = "penalty.assess_with_catalog", input = fixture("X-OLD"),
    expect = { total_fine_vnd = 6000000,
      lines = { { code = "X-NEW", applied = { code = "X-NEW", why = "more_lenient" } } } } },
  { name = "the new code for an act committed under the old one: the old text is the one of the violation date",
    call = "penalty.assess_with_catalog", input = fixture("X-NEW"),
    expect = { total_fine_vnd = 6000000, problems = {},
      lines = { { code = "X-NEW", applied = { why = "more_lenient" },
                  steps = { {}, { citation = "khoản 1 Điều 15 " .. A }, { citation = "khoản 1 Điều 9 " .. B }, {}, {}, {}, {} } } } } },
  { name = "a preview (no decision date) compares with the text in force today",
    call = "penalty.assess_with_catalog", input = preview("X-LIGHTER"),
    expect = { total_fine_vnd = 6000000,
      lines = { { steps = { {}, {},
        { text = "Ngày xem xét 2025-07-05: văn bản có hiệu lực là khoản 1 Điều 5 " .. B .. " (hiệu lực từ 2025-07-01); theo văn bản này: khung 4.000.000 đ–8.000.000 đ, mức phạt 6.000.000 đ" },
        {}, {}, {}, {} } } } } },
  { name = "no version in the catalog on the decision date: the old text applies, and the step says so",
    call = "penalty.assess_with_catalog", input = fixture("X-GAP"),
    expect = { total_fine_vnd = 6000000, problems = {},
      lines = { { applied = { why = "no_version_on_decision_date" },
        steps = { {},
          { text = "Văn bản áp dụng: khoản 1 Điều 16 " .. A .. " (hiệu lực từ 2024-01-01 đến 2025-06-30), có hiệu lực vào ngày vi phạm 2025-06-15. Danh mục không có văn bản nào của hành vi này có hiệu lực vào ngày ra quyết định 2025-07-05: nếu văn bản thay thế quy định nhẹ hơn, cần bổ sung vào danh mục để áp dụng văn bản có lợi cho người vi phạm",
            citation = LAW_2025 },
          {}, {}, {} } } } } },
  { name = "a decision before 2025-04-01 cites Điều 156 k4 of the 2015 law",
    call = "penalty.assess_with_catalog",
    input = fixture("X-2024", "2024-12-20", { record_on = "2025-01-06", decided_on = "2025-01-10", today = "2025-01-10" }),
    expect = { total_fine_vnd = 6000000,
      lines = { { steps = { {}, {}, {}, { citation = LAW_2015_K4 }, {}, {}, {} } } } } },
}
