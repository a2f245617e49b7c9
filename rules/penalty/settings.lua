--- Settings of the penalty rules: every choice the law leaves open, and every number we could not confirm.
--
-- Legal basis: Luật Xử lý vi phạm hành chính 15/2012/QH13 as amended by Luật 67/2020/QH14 (in force
-- 2022-01-01) and Luật 88/2025/QH15 (in force 2025-07-01); Nghị định 118/2021/NĐ-CP. Sources and the status of
-- each point (CONFIRMED / PARTIAL / UNCONFIRMED) are in /work/shared/domain/legal-vn.md §1.
-- Effective: 2022-01-01 onward. A legal officer changes a value here, never in the modules that use it.

return {
  -- Điều 23 k4 Luật XLVPHC; Điều 9 k1 NĐ 118/2021: with exactly one (net) mitigating or aggravating
  -- circumstance the fine "có thể" move from the average towards the bound; neither text gives a formula.
  --   "halfway" — halfway between the average and the bound (rounded down, in the violator's favour);
  --   "average" — stay at the average;
  --   "bound"   — go all the way to the minimum / maximum.
  -- "halfway" follows a scholarly proposal (tai-lieu.com, cited in legal-vn.md §1.1), not the law.
  one_circumstance = "halfway",

  -- NĐ 118/2021 Điều 9 k1 b: "từ 02 tình tiết giảm nhẹ trở lên". Whether 2 is counted before or after
  -- offsetting (Điều 9 k1 a) is not said; the usual reading offsets first (UNCONFIRMED interpretation).
  -- true: offset one against one, then count what remains; false: count gross numbers.
  count_after_offsetting = true,

  -- Điều 22 Luật XLVPHC: a warning applies "đối với mọi hành vi" of a minor aged 14 to under 16, whether or
  -- not the decree provides a warning for the act. false would require the catalog entry to allow it.
  minor_warning_any_violation = true,

  -- Day count for periods in years or months (limitation, Điều 6; enforcement, Điều 74): following Bộ luật
  -- Dân sự 2015 Điều 147–148 the day of the event is not counted and a period of N years ends at the end of
  -- the same calendar day N years later. "anniversary": the last day is the anniversary date (2026-01-05 +
  -- 2 years → 2028-01-05); "day_before": one day earlier (2028-01-04).
  period_end = "anniversary",

  -- Điều 66 Luật XLVPHC: the decision deadline may be extended at the superior's request; the length of the
  -- extension (≤ 30 days, total ≤ 60) is UNCONFIRMED (legal-vn.md §1.7). Longer extensions are refused.
  decision_extension_cap_days = 30,

  -- Điều 76 Luật XLVPHC (postponement of a fine). 2012 text: individual fined ≥ 3.000.000 đ, ≤ 3 months
  -- (CONFIRMED for 2012). 2020 thresholds 2.000.000 đ individual / 100.000.000 đ organization are PARTIAL
  -- (one low-quality source); whether "≤ 3 months" survived 2020 is UNCONFIRMED.
  postponement_min_vnd = { individual = 2000000, organization = 100000000 },
  postponement_max_months = 3,

  -- Competence of inspection titles as a share (percent) of the Điều 24 sector maximum for individuals
  -- (Điều 46 as amended 2020 and by Luật Thanh tra 2022): UNCONFIRMED working hypothesis of legal-vn.md §1.10,
  -- consistent with NĐ 168/2024 Điều 44 and NĐ 45/2019 (as amended by NĐ 129/2021) amounts.
  competence_percent = {
    chanh_thanh_tra_so = 50,
    truong_doan_so = 50,
    truong_doan_bo = 70,
    chanh_thanh_tra_bo = 100,
  },
  -- Điều 24 k1 maximum for road traffic from 2025-01-01: 75.000.000 đ is UNCONFIRMED — inferred from NĐ 168/2024
  -- Điều 44 competence amounts (37,5 / 52,5 / 75 trđ = 50 / 70 / 100 %) and NĐ 168 frames up to 70 trđ, which
  -- the older 40 trđ tier would not allow (see penalty/sectors.lua). Verify against the amended Điều 24.
  road_traffic_max_from_2025_vnd = 75000000,

  -- Thanh tra viên on duty: a flat amount for an individual (organizations ×2, Điều 52 k1).
  inspector_on_duty_vnd = 500000,
  -- From 2025-07-01 competence is set by NĐ 189/2025 (Điều 37a Luật XLVPHC as amended 2025). Its figures for
  -- inspection titles are UNCONFIRMED; NĐ 189 Điều 21 keeps sector-decree titles in use until replaced, so the
  -- same shares apply by default. Change these when NĐ 189's inspection figures are verified.
  competence_percent_from_2025_07_01 = {
    chanh_thanh_tra_so = 50,
    truong_doan_so = 50,
    truong_doan_bo = 70,
    chanh_thanh_tra_bo = 100,
  },
}
