--- Test cases: the kinds of violator and the frame each is fined under (penalty/violators.lua).
--
-- Legal basis: Luật XLVPHC Điều 5 k1, Điều 24 k2; NĐ 36/2020 Điều 5 k1 (a household business is fined as an
-- individual, CONFIRMED for that decree); NĐ 118/2021 Điều 5 k2 (UNCONFIRMED; penalty.settings.fined_as, default
-- "individual"). The violation was committed and ended on 2025-03-01, recorded on 2025-03-05 and decided on
-- 2025-03-08, as in penalty_fines.lua.

local function req(violator, code, mitigating, aggravating)
  return { violator = violator, minor = false, record_on = "2025-03-05", decided_on = "2025-03-08",
           today = "2025-03-08", complex = false, explanation_requested = false, extension_days = 0,
           mitigating = mitigating or {}, aggravating = aggravating or {},
           violations = { { code = code, committed_on = "2025-03-01", ended_on = "2025-03-01", illegal_gain_vnd = 0 } } }
end

local function one(fine, min, max)
  return { total_fine_vnd = fine, lines = { { fine_vnd = fine, frame_min_vnd = min, frame_max_vnd = max } },
           problems = {} }
end

local RED_CAR = "ND168-2024-D6-K9-b"   -- 18.000.000–20.000.000 đ, stated for individuals
local ORDER = "ND125-2020-D24-K4-b"    -- 4.000.000–8.000.000 đ, stated for organizations
local LABOUR = "ND12-2022-D9-K2"       -- 20.000.000–25.000.000 đ, stated for individuals

return {
  -- A frame stated for individuals: a household business keeps it (×1), an organization doubles it (×2).
  { name = "household business, frame for individuals: as an individual, the average",
    -- (18.000.000 + 20.000.000) / 2 = 19.000.000, the same as an individual's
    call = "penalty.assess", input = req("household", RED_CAR), expect = one(19000000, 18000000, 20000000) },
  { name = "organization, same act: frame ×2",
    -- 36.000.000–40.000.000 → 38.000.000
    call = "penalty.assess", input = req("organization", RED_CAR), expect = one(38000000, 36000000, 40000000) },
  { name = "household business, labour: as an individual, two aggravating give the maximum",
    -- frame 20.000.000–25.000.000 for individuals, kept; 2 aggravating → the maximum 25.000.000
    call = "penalty.assess", input = req("household", LABOUR, {}, { "vi_pham_nhieu_lan", "co_to_chuc" }),
    expect = one(25000000, 20000000, 25000000) },

  -- A frame stated for organizations (NĐ 125 Điều 5 k5): an individual's fine is half; so is a household's.
  { name = "household business, frame for organizations: half, as an individual",
    -- 4.000.000 / 2 – 8.000.000 / 2 = 2.000.000–4.000.000 → average 3.000.000
    call = "penalty.assess", input = req("household", ORDER), expect = one(3000000, 2000000, 4000000) },
  { name = "organization, frame for organizations: as stated",
    -- 4.000.000–8.000.000 → average 6.000.000
    call = "penalty.assess", input = req("organization", ORDER), expect = one(6000000, 4000000, 8000000) },

  -- The other kinds of NĐ 118 Điều 5 k2, by the same setting.
  { name = "family household (hộ gia đình): as an individual",
    call = "penalty.assess", input = req("family", RED_CAR), expect = one(19000000, 18000000, 20000000) },
  { name = "residential community (cộng đồng dân cư): as an individual, one mitigating halfway down",
    -- average 19.000.000, halfway to the minimum 18.000.000 → 18.500.000
    call = "penalty.assess", input = req("community", RED_CAR, { "tu_nguyen_khai_bao" }),
    expect = one(18500000, 18000000, 20000000) },

  { name = "family household (hộ gia đình), frame for organizations: half, as an individual",
    -- 4.000.000 / 2 – 8.000.000 / 2 = 2.000.000–4.000.000 → average 3.000.000
    call = "penalty.assess", input = req("family", ORDER), expect = one(3000000, 2000000, 4000000) },
  { name = "residential community, labour: as an individual, the frame as stated",
    -- (20.000.000 + 25.000.000) / 2 = 22.500.000; an organization would pay 45.000.000
    call = "penalty.assess", input = req("community", LABOUR), expect = one(22500000, 20000000, 25000000) },
  { name = "installments: a family household at 15 trđ is eligible, as an individual",
    call = "penalty.check_installments",
    input = { violator = "family", total_vnd = 15000000, decided_on = "2026-03-12",
              installments = { { due_on = "2026-04-12", amount_vnd = 6000000 }, { due_on = "2026-09-12", amount_vnd = 9000000 } } },
    expect = { ok = true, problems = {} } },

  -- The numbers-only path used in bulk gives the same frame.
  { name = "fine_amount_of: a household business as an individual",
    call = "penalty.fine_amount_of",
    input = { violator = "household", stated_for = "individual", frame_min_vnd = 18000000, frame_max_vnd = 20000000,
              warning_allowed = false, minor = false, mitigating = 0, aggravating = 0 },
    expect = { fine_vnd = 19000000, frame_min_vnd = 18000000, frame_max_vnd = 20000000, warning = false } },

  -- Installments (Điều 79 k1): a household business has an individual's threshold, 15.000.000 đ, not 150.000.000 đ.
  { name = "installments: a household business at 15 trđ is eligible, as an individual",
    call = "penalty.check_installments",
    input = { violator = "household", total_vnd = 15000000, decided_on = "2026-03-12",
              installments = { { due_on = "2026-04-12", amount_vnd = 6000000 }, { due_on = "2026-09-12", amount_vnd = 9000000 } } },
    expect = { ok = true, problems = {} } },

  -- The list the pack gives of its kinds.
  { name = "violators: every kind with the frame it is fined under",
    call = "penalty.violators", input = {},
    expect = { kinds = {
      { code = "community", title = "cộng đồng dân cư", basis = "individual", setting = "community" },
      { code = "family", title = "hộ gia đình", basis = "individual", setting = "family" },
      { code = "household", title = "hộ kinh doanh", basis = "individual", setting = "household" },
      { code = "individual", title = "cá nhân", basis = "individual" },
      { code = "organization", title = "tổ chức", basis = "organization" },
    } } },
}
