--- Settings of the inspection rules: every choice the law leaves open, and every number we could not confirm.
--
-- Legal basis: Luật Thanh tra 11/2022/QH15 (in force 2023-07-01 … 2025-06-30) with Nghị định 43/2023/NĐ-CP;
-- Luật Thanh tra 84/2025/QH15 (in force 2025-07-01) with Nghị định 216/2025/NĐ-CP; Chỉ thị 20/CT-TTg (2017).
-- Sources and the status of each point (CONFIRMED / PARTIAL / UNCONFIRMED) are in
-- /work/shared/domain/legal-vn.md §0 and §2; the numbers below say which is which.
-- A legal officer changes a value here, never in the modules that use it.


local strict = require "lib.strict"

--- The keys this file may set (a table: the keys of that sub-table too). A key not listed is refused at its line
-- with the key it most likely meant (lib/strict.lua): a misspelt setting would otherwise be silently ignored.
local KEYS = {
  onsite_day_count = { luat_2010 = true, luat_2022 = true, luat_2025 = true },
  onsite_count_announcement_day = true, public_holidays = true, roll_over = true, suspension_moves_due = true,
  overlap_action = true, overlap_exempt_unscheduled = true, recovery_by_category = true,
  plan_lookback_years = true, plan_risk_picks = true,
  onsite_unconfirmed = { luat_2010 = true, luat_2022 = true, luat_2025 = true },
  report_days_unconfirmed = { luat_2010 = true, luat_2022 = true, luat_2025 = true },
}

-- Not `return strict.settings(…)`: a tail call would lose this file's line from the error.
local SETTINGS = strict.settings({ "inspection settings", "thiết lập thanh tra" }, KEYS, {
  -- How the on-site duration (thời hạn thanh tra) is counted. The laws say only "ngày". Thông tư
  -- 06/2021/TT-TTCP Điều 3 k5 (under the 2010 law) defined it as running "từ ngày công bố Quyết định thanh
  -- tra đến ngày kết thúc việc thanh tra trực tiếp …, trừ những ngày nghỉ theo quy định của pháp luật", i.e.
  -- working days (source: https://truongcanbothanhtra.gov.vn/question/cach-tinh-thoi-gian-theo-doi-ket-luan-thanh-tra/ ;
  -- the 2025 drafting debate on working days: https://news.laodong.vn/thoi-su/cuoc-thanh-tra-bi-keo-dai-vi-ngay-lam-viec-1503381.ldo).
  -- Whether the 2022 and 2025 laws keep that reading is UNCONFIRMED.
  --   "working"  — Monday to Friday, minus `public_holidays`;
  --   "calendar" — every day counts.
  -- Under the 2010 law (TT 05/2014/TT-TTCP, then TT 06/2021/TT-TTCP Điều 3 k5) the same reading applies.
  onsite_day_count = { luat_2010 = "working", luat_2022 = "working", luat_2025 = "working" },

  -- Whether the announcement day is the first day of the on-site duration ("tính từ ngày công bố", TT
  -- 06/2021 Điều 3 k5): true → a 30-day inspection announced on D ends on the 30th counted day, D included.
  -- (The penalty rules count "N days after D" as D + N; the inspection wording is "from … to …".)
  onsite_count_announcement_day = true,

  -- Days off beyond the national calendar, as "YYYY-MM-DD" (e.g. a province's own day off). The statutory
  -- holidays (Bộ luật Lao động 2019 Điều 112), each year's announced days off and swaps and the lunar days are in
  -- rules/calendar and are always skipped by working-day counts; this list adds to them.
  public_holidays = {},

  -- Whether the last day of a report or conclusion period ("trong N ngày kể từ …", calendar days) moves to the
  -- next working day when it is a rest day or a holiday: Bộ luật Dân sự 2015 Điều 148 k5 (calendar-vn.md §1–2,
  -- CONFIRMED for the Civil Code; that the inspection law's periods follow it is the reading of calendar-vn.md §2).
  roll_over = true,

  -- Suspension (tạm dừng, Điều 70 Luật Thanh tra 2022): whether the suspended days are left out of the
  -- on-site duration (they move the due date). UNCONFIRMED (legal-vn.md §2.3); the contract says resumed
  -- suspensions move the due date, so true. Both ends of a suspension are suspended days.
  suspension_moves_due = true,

  -- Overlap (Chỉ thị 20/CT-TTg 2017: an enterprise is not inspected more than once a year on the same
  -- content; CONFIRMED: https://vietnamlawmagazine.vn/pm-redresses-overlapping-business-inspections-5864.html).
  -- What a collision does: "warn" (the inspector decides) or "refuse".
  overlap_action = "warn",
  -- Chỉ thị 20 allows ad-hoc (đột xuất) inspections only on clear signs of violation, and then outside the
  -- once-a-year count. The request does not say whether an unscheduled inspection rests on such signs, so by
  -- default unscheduled inspections are checked like the others (false). true exempts every unscheduled one.
  overlap_exempt_unscheduled = false,

  -- Finding categories for which `recovery` recommends what (NĐ 43/2023 Điều 91; TT 02/2021/TT-TTCP report
  -- columns "thu hồi về ngân sách nhà nước" / "xử lý khác về kinh tế" / đất, legal-vn.md §2.6):
  --   "recover" — the whole amount back to the state budget;
  --   "other"   — other financial handling (giảm trừ quyết toán, giảm cấp phát vốn…);
  --   "land"    — the land area to recover (and any money with it back to the budget);
  --   "none"    — nothing proposed automatically: the signer of the conclusion decides.
  -- The mapping is this pack's reading of reporting practice, not a rule of law.
  recovery_by_category = {
    su_dung_sai_muc_dich = "recover",
    thu_chi_sai = "recover",
    sai_quyet_toan = "other",
    dat_dai = "land",
    khac = "none",
  },

  -- Risk selection for computed plan entries (inspection/plans/*.lua): organizations with no inspection
  -- opened in the last `plan_lookback_years` calendar years before the plan year, ranked by
  -- inspection/plan_risk.lua, the best `plan_risk_picks` taken. Office policy, not law.
  plan_lookback_years = 2,
  plan_risk_picks = 2,

  -- On-site durations (thời hạn thanh tra) that could not be confirmed; the confirmed ones are in
  -- inspection/durations.lua. `days` is the maximum, `extensions` how many extensions, `extension_days` the
  -- longest each may be.
  -- Luật 2022 Điều 47: only the Thanh tra Chính phủ figures are CONFIRMED (legal-vn.md §2.3). The figures for
  -- Thanh tra bộ / tỉnh (45 days, one extension ≤ 30) and Thanh tra sở / huyện (30 days, one extension ≤ 15)
  -- are UNCONFIRMED (the source excerpt was truncated; they follow the 2010 law's 45 / 30-day tiers).
  -- Luật 2025: Thanh tra Chính phủ ≤ 60 days is CONFIRMED, its extensions are not (UNCONFIRMED: kept as in
  -- 2022, two of ≤ 30 days). Thanh tra tỉnh and the kept sector inspectorates (Bộ Quốc phòng, Bộ Công an,
  -- Ngân hàng Nhà nước, Cơ yếu): UNCONFIRMED, assumed 45 days with one extension ≤ 30.
  -- Luật 2010: Điều 45 k1 (administrative inspection) is CONFIRMED for the five inspectorates (durations.lua). The
  -- bodies with the specialized-inspection function (Điều 56; NĐ 07/2012): Tổng cục, Cục thuộc bộ 45 days (≤ 70),
  -- Chi cục thuộc sở 30 days (≤ 45) are UNCONFIRMED (assumed like bộ / sở). A specialized inspection by an
  -- inspectorate uses that inspectorate's Điều 45 figures (UNCONFIRMED reading of Điều 56).
  onsite_unconfirmed = {
    luat_2010 = {
      tong_cuc_cuc = { days = 45, extensions = 1, max_total = 70 },
      chi_cuc = { days = 30, extensions = 1, max_total = 45 },
    },
    luat_2022 = {
      thanh_tra_bo = { days = 45, extensions = 1, extension_days = 30 },
      thanh_tra_tinh = { days = 45, extensions = 1, extension_days = 30 },
      thanh_tra_so = { days = 30, extensions = 1, extension_days = 15 },
      thanh_tra_huyen = { days = 30, extensions = 1, extension_days = 15 },
    },
    luat_2025 = {
      thanh_tra_chinh_phu = { days = 60, extensions = 2, extension_days = 30 },
      thanh_tra_tinh = { days = 45, extensions = 1, extension_days = 30 },
      thanh_tra_bo_quoc_phong = { days = 45, extensions = 1, extension_days = 30 },
      thanh_tra_bo_cong_an = { days = 45, extensions = 1, extension_days = 30 },
      thanh_tra_ngan_hang_nha_nuoc = { days = 45, extensions = 1, extension_days = 30 },
      thanh_tra_co_yeu = { days = 45, extensions = 1, extension_days = 30 },
    },
  },

  -- The result report (báo cáo kết quả thanh tra, with the draft conclusion under the 2022 law), calendar days
  -- after the end of on-site work. CONFIRMED for 2022: Thanh tra tỉnh 20, Thanh tra sở / huyện 15 (see
  -- durations.lua). UNCONFIRMED: Thanh tra Chính phủ 30 and Thanh tra bộ 20 under 2022; every level under 2025
  -- (the 2025 law's report article was not found; the 2022 figures are kept).
  -- Luật 2010: the team lead's result report within 15 days of the end of on-site work (the figure of the
  -- inspection procedures, e.g. QĐ 1518/QĐ-BHXH Điều 36 k2: https://www.ketoanthaibinh.com/Quyet-dinh-1518-QD-BHXH-thanh-tra-chuyen-nganh-dong-bao-hiem-xa-hoi-that-nghiep-y-te-2016?pageId=60e5cb7d719ce55dfd4a43fb ;
  -- the law's own article is UNCONFIRMED).
  report_days_unconfirmed = {
    luat_2010 = { thanh_tra_chinh_phu = 15, thanh_tra_bo = 15, thanh_tra_tinh = 15, thanh_tra_so = 15, thanh_tra_huyen = 15,
                  tong_cuc_cuc = 15, chi_cuc = 15 },
    luat_2022 = { thanh_tra_chinh_phu = 30, thanh_tra_bo = 20 },
    luat_2025 = { thanh_tra_chinh_phu = 30, thanh_tra_tinh = 20, thanh_tra_bo_quoc_phong = 20,
                  thanh_tra_bo_cong_an = 20, thanh_tra_ngan_hang_nha_nuoc = 20, thanh_tra_co_yeu = 20 },
  },
})

return SETTINGS
