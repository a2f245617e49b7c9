--- Settings of the penalty rules: every choice the law leaves open, and every number we could not confirm.
--
-- Legal basis: Luật Xử lý vi phạm hành chính 15/2012/QH13 as amended by Luật 67/2020/QH14 (in force
-- 2022-01-01) and Luật 88/2025/QH15 (in force 2025-07-01); Nghị định 118/2021/NĐ-CP. Sources and the status of
-- each point (CONFIRMED / PARTIAL / UNCONFIRMED) are in /work/shared/domain/legal-vn.md §1.
-- Effective: 2022-01-01 onward. A legal officer changes a value here, never in the modules that use it.


local strict = require "lib.strict"

--- The keys this file may set (a table: the keys of that sub-table too). A key not listed is refused at its line
-- with the key it most likely meant (lib/strict.lua): a misspelt setting would otherwise be silently ignored.
local KEYS = {
  one_circumstance = true, count_after_offsetting = true, minor_warning_any_violation = true, period_end = true,
  day_count = { decision = true, payment = true, limitation = true, enforcement = true, explanation = true,
                sending = true },
  roll_over_years = true, explanation_days = true, explanation_extension_days = true, sending_days = true,
  decision_extension_cap_days = true,
  postponement_min_vnd = { individual = true, organization = true }, postponement_max_months = true,
  competence_percent = true, road_traffic_max_from_2025_vnd = true, inspector_on_duty_vnd = true,
  competence_percent_from_2025_07_01 = true, leniency_law = true, leniency_compare = true,
  surcharge_ends_with_enforcement = true,
  fined_as = { household = true, family = true, community = true },
}

-- Not `return strict.settings(…)`: a tail call would lose this file's line from the error.
local SETTINGS = strict.settings({ "penalty settings", "thiết lập xử phạt" }, KEYS, {
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

  -- How each period of the penalty law is counted (Luật XLVPHC Điều 8: by the Civil Code unless the Law says
  -- "ngày làm việc"; calendar-vn.md §2). "calendar": calendar days, the last day rolled over to the next working
  -- day when it is a rest day or holiday (Bộ luật Dân sự 2015 Điều 148 k5; rules/calendar); "working": working
  -- days of state bodies (rules/calendar). The late-payment surcharge always counts every day (TT 18/2023 Điều 5).
  --   decision    — Điều 66 k1 (07 / 30 days from the record): calendar, CONFIRMED (calendar-vn.md §2).
  --   payment     — Điều 73 k1 (10 days from receipt): calendar, CONFIRMED.
  --   limitation  — Điều 6 (years): calendar, the last day rolled over (calendar-vn.md §2; that Điều 148 k5
  --                 applies to a limitation period's last day is this pack's reading of Điều 8).
  --   enforcement — Điều 74 (01 year): calendar, rolled over (same reading).
  --   explanation — Điều 61 k2 (05 days from the record, + 05 for a complex case): UNCONFIRMED as working days.
  --   sending     — Điều 70 (02 days from the decision): "02 ngày làm việc" in the 2012 text, CONFIRMED:
  --                 https://luathuythanh.vn/vn/dich-vu/phap-luat-hanh-chinh/gui-quyet-di-nh-xu-pha-t-vi-pha-m-hanh-chinh/3-21c1343-html ;
  --                 kept by the 2020 amendment: UNCONFIRMED.
  day_count = {
    decision = "calendar", payment = "calendar", limitation = "calendar", enforcement = "calendar",
    explanation = "working", sending = "working",
  },
  -- Whether a calendar-day period of years (limitation, enforcement) has its last day rolled over (Điều 148 k5).
  -- true follows calendar-vn.md §2; false keeps the anniversary even on a rest day.
  roll_over_years = true,
  -- Điều 61 k2: the explanation period and the extension for a complex case, in `day_count.explanation` days.
  explanation_days = 5,
  explanation_extension_days = 5,
  -- Điều 70: days to send the decision to the violator, in `day_count.sending` days.
  sending_days = 2,

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

  -- Leniency (penalty/leniency.lua): the text in force on the violation date applies; a text in force on the
  -- decision date that imposes no liability, or a lighter one, applies instead. The law that says so, by the
  -- day of the decision (the day the rule is applied):
  --   before 2025-04-01: Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13 (sửa đổi 2020), Điều 156 k1 (a
  --     text applies to acts committed while it is in force) and k4 ("Trong trường hợp văn bản quy phạm pháp
  --     luật mới không quy định trách nhiệm pháp lý hoặc quy định trách nhiệm pháp lý nhẹ hơn đối với hành vi
  --     xảy ra trước ngày văn bản có hiệu lực thì áp dụng văn bản mới") — CONFIRMED, quoted in
  --     https://kiemdinhxaydungmiennam.com/cac-van-ban-quy-pham-phap-luat-do-cung-mot-co-quan-ban-hanh-co-quy-dinh-khac-nhau-ve-cung-mot-van-de
  --     and https://evbn.org/trang-thong-tin-dien-tu-vu-phap-che-1680749524 (both from lapphap.vn,
  --     http://lapphap.vn/Pages/TinTuc/211004/Cac-nguyen-tac-ap-dung-van-ban-quy-pham-phap-luat.html), and
  --     applied by Bộ Xây dựng to NĐ 121/2013 → NĐ 139/2017 (https://xn--khep360-i7a2449dhga.vn/?p=18164).
  --     Điều 152 of that law is "hiệu lực trở về trước" (PARTIAL: named so in a secondary source; its clauses
  --     are known only from the 2008 law's Điều 79, http://luat.tranviethung.com/home): it forbids a text to give
  --     itself retroactive new or heavier liability. It is not the rule that picks the text applied here.
  --   from 2025-04-01: Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 (in force 2025-04-01, CONFIRMED:
  --     https://tcvn.gov.vn/diem-moi-cua-luat-ban-hanh-van-ban-quy-pham-phap-luat-nam-2025/14/03/2025/), whose
  --     Chương VI "Hiệu lực và nguyên tắc áp dụng văn bản quy phạm pháp luật" begins at Điều 53 (CONFIRMED:
  --     http://www.hethongphapluat.com/luat-ban-hanh-van-ban-quy-pham-phap-luat-2025/chuong-6). The article and
  --     clause that carry the same rule are UNCONFIRMED: the citations below name the chapter only. Write the
  --     article here once it is verified on vbpl.vn.
  leniency_law = {
    { from = "2016-07-01",   -- Luật 80/2015/QH13 in force (date UNCONFIRMED; no catalog entry is that old)
      applies = "khoản 1 Điều 156 Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13",
      lenient = "khoản 4 Điều 156 Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13" },
    { from = "2025-04-01",
      applies = "Chương VI Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 (nguyên tắc áp dụng văn bản; số điều chưa xác minh)",
      lenient = "Chương VI Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 (nguyên tắc áp dụng văn bản; số điều chưa xác minh)" },
  },

  -- What "nhẹ hơn" (lighter) compares. The law does not define it for a fine inside a frame.
  --   "computed_fine" — the fine each text gives THIS case (same violator, same circumstances, each text's own
  --     frame and sector maximum): no sanction < a warning < a fine, and a lower fine is lighter. A new frame with
  --     a higher minimum but a lower average is lighter for a case without circumstances and heavier for a case
  --     at the minimum. Our reading (the violator's actual position), UNCONFIRMED.
  --   "frame" — lighter only when neither bound of the new frame is higher and one is lower (or the new text
  --     allows a warning the old one did not, or sanctions nothing).
  leniency_compare = "computed_fine",

  -- Điều 74 k1 Luật XLVPHC: a decision not executed within its time limit (01 year, `day_count.enforcement`) "thì
  -- không thi hành quyết định đó nữa" (CONFIRMED, legal-vn.md §1.9). true: the late surcharge (Điều 78) stops on
  -- that last day, since nothing of the fine is executed after it. The law's exception — a violator who evaded or
  -- delayed execution, the period then running from when that ended — is UNCONFIRMED in its wording and not
  -- recorded by thanhtra; an inspectorate that records such cases sets false (the surcharge then runs on).
  surcharge_ends_with_enforcement = true,

  -- The frame a violator other than an individual or an organization is fined under (penalty/violators.lua):
  -- "individual" (cá nhân) or "organization" (tổ chức, ×2). NĐ 118/2021 Điều 5 k2 is said to fine hộ kinh doanh,
  -- hộ gia đình and cộng đồng dân cư as individuals: UNCONFIRMED (not seen verbatim). For household businesses
  -- NĐ 36/2020/NĐ-CP Điều 5 k1 says so in its sector, CONFIRMED (source in penalty/violators.lua). "individual" is
  -- also the lighter frame, in the violator's favour. `rules check` notes these settings until they are verified.
  fined_as = { household = "individual", family = "individual", community = "individual" },
})

return SETTINGS
