--- Settings of the report rules: every choice the law leaves open, and every point we could not confirm.
--
-- Legal basis: Nghị định 09/2019/NĐ-CP (chế độ báo cáo của cơ quan hành chính nhà nước; data cut-off, believed
-- Điều 12 k2); Thông tư 01/2024/TT-TTCP (chế độ báo cáo công tác thanh tra …; forms 01/TTr, 02/TTr). Sources and
-- the status of each point are in /work/shared/domain/legal-vn.md §3:
--   https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/Nghi-dinh-09-2019-ND-CP-quy-dinh-ve-che-do-bao-cao-cua-co-quan-hanh-chinh-nha-nuoc-386322.aspx
--   https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-tu-01-2024-TT-TTCP-che-do-bao-cao-cong-tac-thanh-tra-tiep-cong-dan-giai-quyet-khieu-nai-597530.aspx
-- A legal officer changes a value here, never in the modules that use it.

return {
  -- Reporting windows. false (default): the national data cut-off of NĐ 09/2019 (PARTIAL: seen as reproduced by
  -- TT 09/2019/TT-NHNN; the article number, believed Điều 12 k2, is UNCONFIRMED): a month runs from the 15th of
  -- the previous month to the 14th; a quarter from the 15th of the month before it to the 14th of its last
  -- month; 6 months 15/12 → 14/6 and 15/6 → 14/12; 9 months 15/12 → 14/9; a year 15/12 → 14/12.
  -- Whether TT 01/2024/TT-TTCP keeps these cut-offs is UNCONFIRMED (legal-vn.md §3.1).
  -- true: calendar windows (a month from the 1st, a year from 1 January), for internal reports.
  -- `report.period` also takes `calendar = true|false` in its request to override this for one call.
  calendar_periods = false,

  -- The first day of a cut-off window (the day after the cut-off): 15 under NĐ 09/2019.
  cutoff_day = 15,

  -- The forms of TT 01/2024/TT-TTCP from this day (the period's last day decides). The circular was signed on
  -- 2024-01-20; its effective date is UNCONFIRMED (a circular takes effect no sooner than 45 days after
  -- signing, i.e. about 2024-03-05). The signing date is used so that no 2024 report is left without a form.
  -- Earlier periods (TT 02/2021/TT-TTCP) have no forms in this pack: `report.forms` answers `not_in_force`.
  forms_from = "2024-01-20",

  -- How the official forms print money: the columns are in triệu đồng ("Tr.đ", legal-vn.md §3.3). The forms
  -- do not say how to round (UNCONFIRMED). This pack prints `million_vnd_decimals` decimals (1: "135,4"),
  -- rounding the exact đồng value half up at that decimal ("half_up") or down ("down"). With 1 decimal and half
  -- up, 135.450.000 đ prints 135,5 and 135.449.999 đ prints 135,4. The figures themselves stay exact đồng.
  million_vnd_decimals = 1,
  million_vnd_rounding = "half_up",

  -- Land is kept in dm² and printed in m² (1 m² = 100 dm²) with `m2_decimals` decimals: 2 prints it exactly.
  m2_decimals = 2,

  -- Who "triển khai" in the narrative: "Trong kỳ (…), toàn ngành triển khai …". A provincial inspectorate may
  -- write "Thanh tra tỉnh" instead.
  narrative_subject = "toàn ngành",
}
