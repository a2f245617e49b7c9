--- Test cases: the fine of each violation, worked out by hand from the law.
--
-- Legal basis: Luật XLVPHC Điều 22, 23 k4, 24; NĐ 118/2021 Điều 9 k1; the catalog's decrees. Policy for one
-- net circumstance: settings.one_circumstance = "halfway". Unless a case says otherwise the violation was
-- committed and ended on 2025-03-01, recorded on 2025-03-05 and decided on 2025-03-08 (well inside every
-- limitation and the 7-day deadline). M = mitigating, A = aggravating.

local M1, M2, M3 = "tu_nguyen_khai_bao", "ngan_chan_giam_hau_qua", "bi_ep_buoc"
local A1, A2, A3 = "vi_pham_nhieu_lan", "co_to_chuc", "tron_tranh_che_giau"

--- An assess request: `codes` a code or a list of codes.
local function req(violator, codes, mitigating, aggravating, extra)
  if type(codes) == "string" then codes = { codes } end
  local violations = {}
  for i, code in ipairs(codes) do
    violations[i] = { code = code, committed_on = "2025-03-01", ended_on = "2025-03-01", illegal_gain_vnd = 0 }
  end
  local r = { violator = violator, minor = false, record_on = "2025-03-05", decided_on = "2025-03-08",
              today = "2025-03-08", complex = false, explanation_requested = false, extension_days = 0,
              mitigating = mitigating or {}, aggravating = aggravating or {}, violations = violations }
  for k, v in pairs(extra or {}) do r[k] = v end
  return r
end

local function one(fine, extra)
  local line = { fine_vnd = fine, warning = false }
  for k, v in pairs(extra or {}) do line[k] = v end
  return { total_fine_vnd = fine, lines = { line }, problems = {} }
end

local RED_CAR = "ND168-2024-D6-K9-b"   -- 18.000.000–20.000.000 đ, individuals
local HELMET = "ND168-2024-D7-K2-h"    -- 400.000–600.000 đ, individuals
local ORDER = "ND125-2020-D24-K4-b"    -- 4.000.000–8.000.000 đ, organizations
local ILLEGAL = "ND125-2020-D28-K1"    -- 20.000.000–50.000.000 đ, organizations

return {
  -- Frames stated for individuals (NĐ 168/2024).
  { name = "red light by car, individual, no circumstances: the average",
    -- (18.000.000 + 20.000.000) / 2 = 19.000.000
    call = "penalty.assess", input = req("individual", RED_CAR),
    expect = one(19000000, { frame_min_vnd = 18000000, frame_max_vnd = 20000000 }) },
  { name = "red light by car, organization: frame doubled, average 38 trđ",
    -- 36.000.000–40.000.000 → 38.000.000
    call = "penalty.assess", input = req("organization", RED_CAR),
    expect = one(38000000, { frame_min_vnd = 36000000, frame_max_vnd = 40000000 }) },
  { name = "red light, one mitigating: halfway down",
    -- (19.000.000 + 18.000.000) / 2 = 18.500.000
    call = "penalty.assess", input = req("individual", RED_CAR, { M1 }), expect = one(18500000) },
  { name = "red light, one aggravating: halfway up",
    -- (19.000.000 + 20.000.000) / 2 = 19.500.000
    call = "penalty.assess", input = req("individual", RED_CAR, {}, { A1 }), expect = one(19500000) },
  { name = "red light, two mitigating: the minimum",
    call = "penalty.assess", input = req("individual", RED_CAR, { M1, M2 }), expect = one(18000000) },
  { name = "red light, two aggravating: the maximum",
    call = "penalty.assess", input = req("individual", RED_CAR, {}, { A1, A2 }), expect = one(20000000) },
  { name = "red light, one of each: they offset, the average",
    call = "penalty.assess", input = req("individual", RED_CAR, { M1 }, { A1 }), expect = one(19000000) },
  { name = "red light, two mitigating and one aggravating: one net mitigating, halfway down",
    -- 2 − 1 = 1 net mitigating → 18.500.000
    call = "penalty.assess", input = req("individual", RED_CAR, { M1, M2 }, { A1 }), expect = one(18500000) },
  { name = "red light, three mitigating and one aggravating: two net mitigating, the minimum",
    call = "penalty.assess", input = req("individual", RED_CAR, { M1, M2, M3 }, { A1 }), expect = one(18000000) },
  { name = "red light, one mitigating and three aggravating: two net aggravating, the maximum",
    call = "penalty.assess", input = req("individual", RED_CAR, { M1 }, { A1, A2, A3 }), expect = one(20000000) },
  { name = "red light, two of each: all offset, the average",
    call = "penalty.assess", input = req("individual", RED_CAR, { M1, M2 }, { A1, A2 }), expect = one(19000000) },
  { name = "red light, three aggravating: the maximum",
    call = "penalty.assess", input = req("individual", RED_CAR, {}, { A1, A2, A3 }), expect = one(20000000) },
  { name = "no helmet, individual: 500.000 đ",
    -- (400.000 + 600.000) / 2
    call = "penalty.assess", input = req("individual", HELMET), expect = one(500000) },
  { name = "no helmet, one mitigating: 450.000 đ",
    -- (500.000 + 400.000) / 2
    call = "penalty.assess", input = req("individual", HELMET, { M2 }), expect = one(450000) },
  { name = "no helmet, organization, one aggravating: 1.100.000 đ",
    -- frame 800.000–1.200.000, average 1.000.000, halfway up (1.000.000 + 1.200.000) / 2
    call = "penalty.assess", input = req("organization", HELMET, {}, { A2 }),
    expect = one(1100000, { frame_min_vnd = 800000, frame_max_vnd = 1200000 }) },
  { name = "car 5 to 10 km/h over the limit, one mitigating: 850.000 đ",
    -- 800.000–1.000.000: average 900.000, halfway down 850.000
    call = "penalty.assess", input = req("individual", "ND168-2024-D6-K3-a", { M1 }), expect = one(850000) },
  { name = "car alcohol above 0,4 mg, organization: doubled, within the doubled sector maximum",
    -- 60.000.000–80.000.000 (cap 2 × 75.000.000 = 150.000.000 not reached): average 70.000.000
    call = "penalty.assess", input = req("organization", "ND168-2024-D6-K11-a"),
    expect = one(70000000, { frame_min_vnd = 60000000, frame_max_vnd = 80000000 }) },
  { name = "motorbike alcohol up to 0,25 mg, one aggravating: 2.750.000 đ",
    -- 2.000.000–3.000.000: average 2.500.000, halfway up 2.750.000
    call = "penalty.assess", input = req("individual", "ND168-2024-D7-K6-a", {}, { A1 }), expect = one(2750000) },
  { name = "car over 35 km/h, organization, two mitigating: the doubled minimum",
    -- 24.000.000–28.000.000 → 24.000.000
    call = "penalty.assess", input = req("organization", "ND168-2024-D6-K7-a", { M1, M2 }), expect = one(24000000) },
  { name = "motorbike without plate, one mitigating: 4.500.000 đ",
    -- 4.000.000–6.000.000: average 5.000.000, halfway down 4.500.000
    call = "penalty.assess", input = req("individual", "ND168-2024-D14-K3-a", { M3 }), expect = one(4500000) },

  -- Frames stated for organizations (NĐ 125/2020): individuals ½.
  { name = "invoices out of order, organization: 6.000.000 đ",
    -- 4.000.000–8.000.000 → 6.000.000
    call = "penalty.assess", input = req("organization", ORDER),
    expect = one(6000000, { frame_min_vnd = 4000000, frame_max_vnd = 8000000,
                            basis = "điểm b khoản 4 Điều 24 Nghị định 125/2020/NĐ-CP", sector = "hoa_don" }) },
  { name = "invoices out of order, individual: half the frame, 3.000.000 đ",
    -- 2.000.000–4.000.000 → 3.000.000
    call = "penalty.assess", input = req("individual", ORDER),
    expect = one(3000000, { frame_min_vnd = 2000000, frame_max_vnd = 4000000 }) },
  { name = "invoices out of order, individual, one mitigating: 2.500.000 đ",
    -- average 3.000.000, halfway down (3.000.000 + 2.000.000) / 2
    call = "penalty.assess", input = req("individual", ORDER, { M1 }), expect = one(2500000) },
  { name = "invoices out of order, organization, one aggravating: 7.000.000 đ",
    -- (6.000.000 + 8.000.000) / 2
    call = "penalty.assess", input = req("organization", ORDER, {}, { A1 }), expect = one(7000000) },
  { name = "invoices out of order, organization, one mitigating, no warning provided: 5.000.000 đ",
    -- k4 provides no warning for this act: (6.000.000 + 4.000.000) / 2
    call = "penalty.assess", input = req("organization", ORDER, { M1 }), expect = one(5000000) },
  { name = "illegal invoices, organization: 35.000.000 đ",
    -- (20.000.000 + 50.000.000) / 2
    call = "penalty.assess", input = req("organization", ILLEGAL), expect = one(35000000) },
  { name = "illegal invoices, individual: 10–25 trđ, average 17.500.000 đ",
    call = "penalty.assess", input = req("individual", ILLEGAL),
    expect = one(17500000, { frame_min_vnd = 10000000, frame_max_vnd = 25000000 }) },
  { name = "illegal invoices, individual, one mitigating: 13.750.000 đ",
    -- (17.500.000 + 10.000.000) / 2
    call = "penalty.assess", input = req("individual", ILLEGAL, { M2 }), expect = one(13750000) },
  { name = "illegal invoices, organization, one aggravating: 42.500.000 đ",
    -- (35.000.000 + 50.000.000) / 2
    call = "penalty.assess", input = req("organization", ILLEGAL, {}, { A3 }), expect = one(42500000) },
  { name = "no invoice report, individual, one aggravating: 6.250.000 đ",
    -- 5–15 trđ for organizations → 2.500.000–7.500.000; average 5.000.000; (5.000.000 + 7.500.000) / 2
    call = "penalty.assess", input = req("individual", "ND125-2020-D29-K5-b", {}, { A1 }), expect = one(6250000) },
  { name = "e-invoice data 1 to 5 days late, organization, one mitigating: 2.750.000 đ",
    -- 2.000.000–5.000.000: average 3.500.000; (3.500.000 + 2.000.000) / 2
    call = "penalty.assess", input = req("organization", "ND125-2020-D30-K1", { M1 }), expect = one(2750000) },
  { name = "e-invoice data 1 to 5 days late, individual, one mitigating: 1.375.000 đ",
    -- 1.000.000–2.500.000: average 1.750.000; (1.750.000 + 1.000.000) / 2
    call = "penalty.assess", input = req("individual", "ND125-2020-D30-K1", { M1 }), expect = one(1375000) },
  { name = "lost invoice declared 1 to 5 days late, organization, one aggravating: 3.250.000 đ",
    -- 1.000.000–4.000.000: average 2.500.000; (2.500.000 + 4.000.000) / 2
    call = "penalty.assess", input = req("organization", "ND125-2020-D25-K2", {}, { A1 }), expect = one(3250000) },
  { name = "invoice report 11 to 20 days late, individual, one mitigating: 1.250.000 đ",
    -- 1.000.000–2.000.000: average 1.500.000; (1.500.000 + 1.000.000) / 2
    call = "penalty.assess", input = req("individual", "ND125-2020-D29-K3", { M1 }), expect = one(1250000) },

  -- Labour (NĐ 12/2022), individuals.
  { name = "employer keeps original documents, organization: 45.000.000 đ",
    -- 40.000.000–50.000.000 → 45.000.000
    call = "penalty.assess", input = req("organization", "ND12-2022-D9-K2"),
    expect = one(45000000, { frame_min_vnd = 40000000, frame_max_vnd = 50000000 }) },
  { name = "employer keeps original documents, individual, one mitigating: 21.250.000 đ",
    -- 20.000.000–25.000.000: average 22.500.000; (22.500.000 + 20.000.000) / 2
    call = "penalty.assess", input = req("individual", "ND12-2022-D9-K2", { M1 }), expect = one(21250000) },

  -- Warnings (Điều 22).
  { name = "lost invoice declared late with a mitigating circumstance: a warning",
    call = "penalty.assess", input = req("organization", "ND125-2020-D25-K2", { M1 }),
    expect = one(0, { warning = true }) },
  { name = "invoice report late, individual with a mitigating circumstance: a warning",
    call = "penalty.assess", input = req("individual", "ND125-2020-D29-K2-a", { M2 }),
    expect = one(0, { warning = true }) },
  { name = "warning allowed but no mitigating circumstance: a fine",
    -- 1.000.000–4.000.000 → 2.500.000
    call = "penalty.assess", input = req("organization", "ND125-2020-D25-K2"), expect = one(2500000) },
  { name = "a minor aged 14 to 16: a warning for any violation",
    call = "penalty.assess", input = req("individual", HELMET, {}, {}, { minor = true }),
    expect = one(0, { warning = true }) },

  -- Several violations: each fined separately, the total is the sum (Điều 3 k1 d).
  { name = "three invoice violations by an organization: 27.000.000 đ",
    -- 6.000.000 (4–8) + 6.000.000 (4–8) + 15.000.000 (10–20)
    call = "penalty.assess",
    input = req("organization", { ORDER, "ND125-2020-D29-K4", "ND125-2020-D30-K3-b" }),
    expect = { total_fine_vnd = 27000000, problems = {},
               lines = { { fine_vnd = 6000000 }, { fine_vnd = 6000000 }, { fine_vnd = 15000000 } } } },
  { name = "three motorbike violations with one aggravating: 7.000.000 đ",
    -- 550.000 (400–600k) + 950.000 (800k–1tr) + 5.500.000 (4–6 trđ), each halfway up
    call = "penalty.assess",
    input = req("individual", { HELMET, "ND168-2024-D7-K4-a", "ND168-2024-D7-K7-c" }, {}, { A1 }),
    expect = { total_fine_vnd = 7000000, problems = {},
               lines = { { fine_vnd = 550000 }, { fine_vnd = 950000 }, { fine_vnd = 5500000 } } } },
  { name = "violations in two sectors by an individual: 36.500.000 đ",
    -- 19.000.000 (18–20) + 17.500.000 (10–25)
    call = "penalty.assess", input = req("individual", { "ND168-2024-D6-K9-a", ILLEGAL }),
    expect = { total_fine_vnd = 36500000, problems = {},
               lines = { { fine_vnd = 19000000, sector = "giao_thong_duong_bo" }, { fine_vnd = 17500000, sector = "hoa_don" } } } },
  { name = "selling invoices with illegal gain: fine and the gain to pay back",
    -- 20–50 trđ → 35.000.000; remedy: the 12.000.000 gain
    call = "penalty.assess",
    input = (function()
      local r = req("organization", "ND125-2020-D22-K2")
      r.violations[1].illegal_gain_vnd = 12000000
      return r
    end)(),
    expect = { total_fine_vnd = 35000000, total_remedial_vnd = 12000000, problems = {},
               lines = { { fine_vnd = 35000000, remedies = { { code = "nop_lai_loi_bat_hop_phap", amount_vnd = 12000000 } } } } } },

  -- The sector maximum (Điều 24 k1), through penalty.fine with frames given directly: no catalog frame
  -- exceeds its sector's maximum, as the decrees are written to respect it.
  { name = "a frame above the invoice maximum is capped at 50 trđ for an individual",
    -- 40–120 trđ → 40–50 trđ (cap 50.000.000): average 45.000.000
    call = "penalty.fine",
    input = { violator = "individual", sector = "hoa_don", on = "2025-03-01", stated_for = "individual",
              frame_min_vnd = 40000000, frame_max_vnd = 120000000, mitigating = 0, aggravating = 0 },
    expect = { frame_min_vnd = 40000000, frame_max_vnd = 50000000, fine_vnd = 45000000, warning = false } },
  { name = "the same frame for an organization is capped at twice the maximum",
    -- 80–240 trđ → 80–100 trđ (cap 2 × 50.000.000): average 90.000.000
    call = "penalty.fine",
    input = { violator = "organization", sector = "hoa_don", on = "2025-03-01", stated_for = "individual",
              frame_min_vnd = 40000000, frame_max_vnd = 120000000, mitigating = 0, aggravating = 0 },
    expect = { frame_min_vnd = 80000000, frame_max_vnd = 100000000, fine_vnd = 90000000 } },
  { name = "a frame entirely above the maximum collapses to the maximum",
    -- 60–80 trđ, cap 50 trđ → 50–50 trđ, even with two mitigating
    call = "penalty.fine",
    input = { violator = "individual", sector = "hoa_don", on = "2025-03-01", stated_for = "individual",
              frame_min_vnd = 60000000, frame_max_vnd = 80000000, mitigating = 2, aggravating = 0 },
    expect = { frame_min_vnd = 50000000, frame_max_vnd = 50000000, fine_vnd = 50000000 } },
  { name = "road traffic maximum 40 trđ until 2024-12-31",
    -- 40–50 trđ → 40–40 trđ
    call = "penalty.fine",
    input = { violator = "individual", sector = "giao_thong_duong_bo", on = "2024-12-31", stated_for = "individual",
              frame_min_vnd = 40000000, frame_max_vnd = 50000000, mitigating = 0, aggravating = 0 },
    expect = { frame_max_vnd = 40000000, fine_vnd = 40000000 } },
  { name = "road traffic maximum 75 trđ from 2025-01-01",
    -- 40–50 trđ stays: average 45.000.000
    call = "penalty.fine",
    input = { violator = "individual", sector = "giao_thong_duong_bo", on = "2025-01-01", stated_for = "individual",
              frame_min_vnd = 40000000, frame_max_vnd = 50000000, mitigating = 0, aggravating = 0 },
    expect = { frame_max_vnd = 50000000, fine_vnd = 45000000 } },
  { name = "an odd average rounds down",
    -- 1.000.001–2.000.000: (3.000.001) // 2 = 1.500.000
    call = "penalty.fine",
    input = { violator = "individual", stated_for = "individual", on = "2025-03-01",
              frame_min_vnd = 1000001, frame_max_vnd = 2000000, mitigating = 0, aggravating = 0 },
    expect = { fine_vnd = 1500000 } },

  -- Circumstances of one violation (Điều 9, 10 Luật XLVPHC attach them to a violation, not to the case).
  -- NĐ 125/2020 frames are stated for organizations: D30-K3-b 10.000.000–20.000.000 đ, D29-K2-a 1.000.000–3.000.000 đ.
  { name = "two aggravating of the second violation only: 15.000.000 + 3.000.000 = 18.000.000",
    -- line 1 has none: the average 15.000.000; line 2 has two net aggravating: its maximum 3.000.000
    call = "penalty.assess",
    input = (function()
      local r = req("organization", { "ND125-2020-D30-K3-b", "ND125-2020-D29-K2-a" })
      r.violations[2].aggravating = { A1, A2 }
      return r
    end)(),
    expect = { total_fine_vnd = 18000000, lines = { { fine_vnd = 15000000 }, { fine_vnd = 3000000 } }, problems = {} } },
  { name = "the same two aggravating for the whole case weigh on both lines: 20.000.000 + 3.000.000",
    call = "penalty.assess", input = req("organization", { "ND125-2020-D30-K3-b", "ND125-2020-D29-K2-a" }, {}, { A1, A2 }),
    expect = { total_fine_vnd = 23000000, lines = { { fine_vnd = 20000000 }, { fine_vnd = 3000000 } } } },
  { name = "a case's mitigating and a line's aggravating offset on that line only",
    -- line 1: one net mitigating → (15.000.000 + 10.000.000) / 2 = 12.500.000; line 2 (D29-K3, 2.000.000–4.000.000
    -- đ, no warning): offset → the average 3.000.000
    call = "penalty.assess",
    input = (function()
      local r = req("organization", { "ND125-2020-D30-K3-b", "ND125-2020-D29-K3" }, { M1 })
      r.violations[2].aggravating = { A1 }
      return r
    end)(),
    expect = { total_fine_vnd = 15500000, lines = { { fine_vnd = 12500000 }, { fine_vnd = 3000000 } } } },
  { name = "a circumstance named for the case and again for a line counts once",
    call = "penalty.assess",
    input = (function()
      local r = req("individual", RED_CAR, {}, { A1 })
      r.violations[1].aggravating = { A1 }
      return r
    end)(),
    expect = one(19500000) },
  { name = "an unknown circumstance of a line is reported with its line",
    call = "penalty.assess",
    input = (function()
      local r = req("individual", RED_CAR)
      r.violations[1].mitigating = { "khong_co_ma_nay" }
      return r
    end)(),
    expect = { total_fine_vnd = 19000000,
               problems = { { code = "unknown_circumstance",
                              message = "Dòng 1: Tình tiết giảm nhẹ \"khong_co_ma_nay\" không có trong danh mục" } } } },

  -- Refusals.
  { name = "an unknown code is refused",
    call = "penalty.assess", input = req("individual", "ND999-D1"),
    expect = { total_fine_vnd = 0, problems = { { code = "unknown_violation" } } } },
  { name = "an unknown circumstance is reported and not counted",
    -- the average 19.000.000 stands
    call = "penalty.assess", input = req("individual", RED_CAR, { "khong_co_ma_nay" }),
    expect = { total_fine_vnd = 19000000, problems = { { code = "unknown_circumstance" } } } },
  { name = "a repealed invoice clause is not in force after 2026-01-15",
    call = "penalty.assess",
    input = (function()
      local r = req("organization", "ND125-2020-D24-K5", {}, {},
        { record_on = "2026-02-03", decided_on = "2026-02-05", today = "2026-02-05" })
      r.violations[1].committed_on, r.violations[1].ended_on = "2026-02-01", "2026-02-01"
      return r
    end)(),
    expect = { total_fine_vnd = 0, problems = { { code = "not_in_force" } } } },
  { name = "an NĐ 168 entry is not in force for a violation of 2024",
    call = "penalty.assess",
    input = (function()
      local r = req("individual", HELMET, {}, {}, { record_on = "2024-12-21", decided_on = "2024-12-23", today = "2024-12-23" })
      r.violations[1].committed_on, r.violations[1].ended_on = "2024-12-20", "2024-12-20"
      return r
    end)(),
    expect = { total_fine_vnd = 0, lines = { { fine_vnd = 0 } }, problems = { { code = "not_in_force" } } } },
}
