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

  -- Which inspections each form counts (report.scopes). Form 01/TTr "Tổng hợp kết quả thanh tra hành chính"
  -- counts only administrative inspections (category hanh_chinh of Luật Thanh tra 2010 and 2022); form 02/TTr
  -- only specialized ones (chuyen_nganh; legal-vn.md §3.3 B). A figure on a form is named "<scope>:<figure>"
  -- (hanh_chinh:inspections.total); the plain figure counts every category.
  scopes = {
    { code = "hanh_chinh", vi = "thanh tra hành chính", en = "administrative inspection", categories = { "hanh_chinh" } },
    { code = "chuyen_nganh", vi = "thanh tra chuyên ngành", en = "specialized inspection", categories = { "chuyen_nganh" } },
  },

  -- Luật Thanh tra 84/2025/QH15 (from 2025-07-01) has one category of inspection, "thanh_tra": no
  -- administrative / specialized split (legal-vn.md §0). The forms of TT 01/2024/TT-TTCP still split them, and
  -- no replacement circular was found (UNCONFIRMED). This names the scope whose form counts the inspections of
  -- the 2025 category: "hanh_chinh" (default: after 2025-07-01 the inspectorates inspect the compliance of state
  -- bodies, while sector checks of organisations and persons became kiểm tra chuyên ngành under NĐ 217/2025 —
  -- our reading, UNCONFIRMED) or "chuyen_nganh".
  single_category_scope = "hanh_chinh",
  single_category = "thanh_tra",

  -- The reporting body (cơ quan báo cáo) and its level, printed in the report's heading, titles and narrative:
  -- "Thanh tra tỉnh Nghệ An". `reporting_body` is the body's own name; `reporting_level` is "province" (a
  -- provincial inspectorate reporting its own work: the narrative says the body's name), or "sector" (a report
  -- of the whole sector: "toàn ngành"). `governing_body` is the line above the body's name in the national
  -- header (cơ quan chủ quản, NĐ 30/2020/NĐ-CP Phụ lục I), e.g. "UBND TỈNH NGHỆ AN"; empty prints none.
  -- A legal officer sets these for the inspectorate that runs thanhtra (the pack is per inspectorate).
  reporting_body = "Thanh tra tỉnh",
  reporting_level = "province",
  governing_body = "",

  -- The bodies that share this store (report/bodies.lua), when several do: each { code, vi, en }, e.g.
  -- { code = "thanh_tra_so_xd", vi = "Thanh tra Sở Xây dựng", en = "Department of Construction Inspectorate" }.
  -- `case open --body CODE` and `inspection open --body CODE` accept only these codes; `report … --body CODE`
  -- counts that body's cases and inspections and names it in the heading and the narrative. Empty (default):
  -- the store serves the reporting body alone.
  bodies = {},

  -- The rest of the heading and the signature block of the printed report (NĐ 30/2020/NĐ-CP Phụ lục I, the
  -- layout of an administrative document — legal-vn.md does not cover it; CONFIRMED in outline: Quốc hiệu and
  -- Tiêu ngữ top right, the issuing body top left, "Số: …/BC-…", place and date, the signer's title and name
  -- bottom right, "Nơi nhận" bottom left). The number is given by the văn thư when the report is issued, so the
  -- printed draft leaves it blank before `report_number_suffix`. `place` is the locality before the date
  -- ("Nghệ An, ngày … tháng … năm …"). The signer's name is left blank for the signature when empty.
  report_number_suffix = "/BC-TTr",
  place = "",
  signer_title = "CHÁNH THANH TRA",
  signer_name = "",
  recipients = { "Thanh tra Chính phủ (để báo cáo)", "Lưu: VT." },

  -- The narrative's money wording (report/money.lua). false (default): exact, as officials write it, in tỷ or
  -- triệu with up to three decimals when that is exact ("10,3 triệu đồng", "2,815 tỷ đồng"), else in đồng.
  -- true: rounded down (tỷ with one decimal; whole triệu from 10 triệu; triệu with one decimal below), with
  -- "hơn" only when rounding dropped something ("hơn 10 triệu đồng" for 10.300.000 đ).
  narrative_round_money = false,
}
