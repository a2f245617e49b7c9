--- Inspection regimes: which law governs an inspection, and the categories and levels each one knows.
--
-- Legal basis and effective dates:
--   luat_2010 — Luật Thanh tra 56/2010/QH12, in force 2011-07-01 … 2023-06-30 (with NĐ 86/2011/NĐ-CP and NĐ
--     07/2012/NĐ-CP on specialized inspection). Điều 3 k1–3: thanh tra nhà nước = thanh tra hành chính and
--     thanh tra chuyên ngành. CONFIRMED: https://m.thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Luat-thanh-tra-2010-115311.aspx ;
--     in force 01/07/2011: https://hethongphapluat.com/luat-thanh-tra-2010/dieu-50 . Inspectorates: Thanh tra
--     Chính phủ, bộ, tỉnh, sở, huyện (Điều 45 k1, CONFIRMED: https://vaa.com.vn/quy-dinh-chung-ve-thoi-han-thanh-tra/ ;
--     http://tcvg.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?ItemID=3796&Mode=1), and the bodies given the
--     specialized-inspection function (Tổng cục, Cục thuộc bộ; Chi cục thuộc sở — NĐ 07/2012, CONFIRMED:
--     https://luattoanquoc.com/quy-dinh-cua-phap-luat-ve-hoat-dong-thanh-tra-chuyen-nganh/).
--   luat_2022 — Luật Thanh tra 11/2022/QH15, in force 2023-07-01 … 2025-06-30 (with NĐ 43/2023/NĐ-CP).
--     Điều 2: thanh tra hành chính / thanh tra chuyên ngành. CONFIRMED:
--     https://thuvienphapluat.vn/hoi-dap-phap-luat/83A1291-hd-thanh-tra-chuyen-nganh-la-gi-thu-tuc-thanh-tra-chuyen-nganh-thuc-hien-nhu-the-nao.html
--     Inspectorates: Thanh tra Chính phủ, bộ, tỉnh, sở, huyện (legal-vn.md §2.3, §2.4).
--   luat_2025 — Luật Thanh tra 84/2025/QH15, in force 2025-07-01 (with NĐ 216/2025/NĐ-CP). One notion
--     "thanh tra" (no administrative / specialized split); two levels, Thanh tra Chính phủ and Thanh tra tỉnh,
--     plus the inspectorates of the army, the police, the State Bank and Cơ yếu (Chương II; article number not verified).
--     CONFIRMED: http://www.hethongphapluat.com/luat-thanh-tra-2025/chuong-2 ;
--     https://www.24h.com.vn/tin-tuc-trong-ngay/bo-thanh-tra-bo-tong-cuc-so-huyen-tu-ngay-1-7-c46a1675564.html
-- The regime of an inspection is the one in force on its decision date (decided_on). That an inspection
-- decided before 2025-07-01 finishes under the 2022 law is our reading of the transition (the contract says
-- decided_on picks the regime).

local M = {}

M.list = {
  {
    code = "luat_2010", title = "Luật Thanh tra 56/2010/QH12", short = "Luật Thanh tra 2010",
    from = "2011-07-01", to = "2023-07-01",   -- half-open: the last day is 2023-06-30
    suspension_citation = "Luật Thanh tra 2010 (tạm dừng)",
    categories = {
      { code = "hanh_chinh", title = "Thanh tra hành chính" },
      { code = "chuyen_nganh", title = "Thanh tra chuyên ngành" },
    },
    levels = {
      { code = "thanh_tra_chinh_phu", title = "Thanh tra Chính phủ" },
      { code = "thanh_tra_bo", title = "Thanh tra bộ" },
      { code = "thanh_tra_tinh", title = "Thanh tra tỉnh" },
      { code = "thanh_tra_so", title = "Thanh tra sở" },
      { code = "thanh_tra_huyen", title = "Thanh tra huyện" },
      { code = "tong_cuc_cuc", title = "Tổng cục, Cục thuộc bộ (thanh tra chuyên ngành)" },
      { code = "chi_cuc", title = "Chi cục thuộc sở (thanh tra chuyên ngành)" },
    },
  },
  {
    code = "luat_2022", title = "Luật Thanh tra 11/2022/QH15", short = "Luật Thanh tra 2022",
    from = "2023-07-01", to = "2025-07-01",   -- half-open: the last day is 2025-06-30
    suspension_citation = "Điều 70 Luật Thanh tra 2022",
    categories = {
      { code = "hanh_chinh", title = "Thanh tra hành chính" },
      { code = "chuyen_nganh", title = "Thanh tra chuyên ngành" },
    },
    levels = {
      { code = "thanh_tra_chinh_phu", title = "Thanh tra Chính phủ" },
      { code = "thanh_tra_bo", title = "Thanh tra bộ" },
      { code = "thanh_tra_tinh", title = "Thanh tra tỉnh" },
      { code = "thanh_tra_so", title = "Thanh tra sở" },
      { code = "thanh_tra_huyen", title = "Thanh tra huyện" },
    },
  },
  {
    code = "luat_2025", title = "Luật Thanh tra 84/2025/QH15", short = "Luật Thanh tra 2025",
    from = "2025-07-01", to = nil,
    suspension_citation = "Điều 70 Luật Thanh tra 2022",
    categories = {
      { code = "thanh_tra", title = "Thanh tra" },
    },
    levels = {
      { code = "thanh_tra_chinh_phu", title = "Thanh tra Chính phủ" },
      { code = "thanh_tra_tinh", title = "Thanh tra tỉnh, thành phố" },
      { code = "thanh_tra_bo_quoc_phong", title = "Thanh tra Bộ Quốc phòng" },
      { code = "thanh_tra_bo_cong_an", title = "Thanh tra Bộ Công an" },
      { code = "thanh_tra_ngan_hang_nha_nuoc", title = "Thanh tra Ngân hàng Nhà nước" },
      { code = "thanh_tra_co_yeu", title = "Thanh tra Cơ yếu" },
    },
  },
}

--- The regime in force on `day`, or nil (before 2011-07-01).
function M.on(day)
  for _, regime in ipairs(M.list) do
    if thanhtra.compare_dates(regime.from, day) <= 0
      and (regime.to == nil or thanhtra.compare_dates(day, regime.to) < 0) then
      return regime
    end
  end
  return nil
end

local function find(list, code)
  for _, item in ipairs(list) do
    if item.code == code then return item end
  end
  return nil
end

function M.category(regime, code) return find(regime.categories, code) end
function M.level(regime, code) return find(regime.levels, code) end

--- Problems for a category and level that the regime does not know (`where` prefixes the message).
function M.check_codes(regime, category, level, where)
  local problems = {}
  where = where or ""
  if category ~= nil and M.category(regime, category) == nil then
    problems[#problems + 1] = { code = "unknown_category",
      message = where .. "Loại thanh tra \"" .. tostring(category) .. "\" không có trong " .. regime.title,
      hint = "xem inspection.categories để biết các mã đang có hiệu lực" }
  end
  if M.level(regime, level) == nil then
    problems[#problems + 1] = { code = "unknown_level",
      message = where .. "Cấp thanh tra \"" .. tostring(level) .. "\" không có trong " .. regime.title,
      hint = "từ 2025-07-01 không còn Thanh tra bộ, sở, huyện (Luật Thanh tra 2025)" }
  end
  return problems
end

return M
