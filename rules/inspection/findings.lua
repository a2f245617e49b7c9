--- Findings (phát hiện qua thanh tra): their categories, classification and what to recommend.
--
-- Legal basis: Luật Thanh tra 2022 Chương V and NĐ 43/2023/NĐ-CP Điều 91 (recovery of money and assets
-- appropriated, illegally used or lost — CONFIRMED: http://lawnet.vn/vb/decree-43-2023-nd-cp-elaboration-some-articles-for-enforcement-of-law-on-inspection-8bb92.html);
-- the recommendation classes of the reporting regime, TT 02/2021/TT-TTCP: "thu hồi về ngân sách nhà nước"
-- (money, land m²) and "xử lý khác về kinh tế" (giảm trừ quyết toán, giảm cấp phát vốn…). CONFIRMED:
-- https://luatsutuan.net/thong-tu-02-2021-tt-ttcp.html (legal-vn.md §2.6).
-- Effective: both inspection laws (2023-07-01 onward); the categories are this pack's grouping of report
-- practice, not a legal list. Which category leads to which recommendation: settings.recovery_by_category.
-- Keywords are matched on the lower-cased text; string.lower lowers ASCII only, so keywords are written in
-- lower case with their diacritics and an upper-case Vietnamese letter other than A–Z will not match.

local settings = require "inspection.settings"

local M = {}

M.categories = {
  { code = "su_dung_sai_muc_dich", title = "Sử dụng vốn, kinh phí, tài sản sai mục đích" },
  { code = "sai_quyet_toan", title = "Sai phạm trong nghiệm thu, thanh toán, quyết toán" },
  { code = "dat_dai", title = "Vi phạm về quản lý, sử dụng đất đai" },
  { code = "thu_chi_sai", title = "Thu, chi sai quy định" },
  { code = "khac", title = "Sai phạm khác" },
}
local by_code = {}
for _, c in ipairs(M.categories) do by_code[c.code] = c end
M.by_code = by_code

-- Field codes that name a category directly.
local FIELDS = {
  dat_dai = "dat_dai", dat = "dat_dai", dat_dai_moi_truong = "dat_dai",
  quyet_toan = "sai_quyet_toan", dau_tu_xay_dung = "sai_quyet_toan", xay_dung = "sai_quyet_toan",
  thu_chi = "thu_chi_sai", tai_chinh_ngan_sach = "thu_chi_sai",
}

-- Keywords in the description, tried in this order (land first: "sử dụng đất sai mục đích" is land).
local KEYWORDS = {
  { "dat_dai", { "đất", "lấn chiếm", "giao đất", "cho thuê đất" } },
  { "su_dung_sai_muc_dich", { "sai mục đích", "không đúng mục đích", "trái mục đích" } },
  { "sai_quyet_toan", { "quyết toán", "nghiệm thu", "khối lượng", "đơn giá" } },
  { "thu_chi_sai", { "thu sai", "chi sai", "thu không đúng", "chi không đúng", "chi vượt", "thu vượt",
                     "thu, chi", "thu chi" } },
}

--- inspection.classify(finding) → { category, title, steps, problems }
function M.classify(finding)
  local steps, problems = {}, {}
  local given = finding.category
  if given ~= nil and given ~= "" then
    local c = by_code[given]
    if c then
      steps[#steps + 1] = { text = "Giữ loại do thanh tra viên chọn: " .. c.title, citation = "TT 02/2021/TT-TTCP" }
      return { category = c.code, title = c.title, steps = steps, problems = problems }
    end
    problems[#problems + 1] = { code = "unknown_finding_category",
      message = "Loại sai phạm \"" .. tostring(given) .. "\" không có trong danh mục",
      hint = "các mã: su_dung_sai_muc_dich, sai_quyet_toan, dat_dai, thu_chi_sai, khac" }
    return { category = nil, title = nil, steps = steps, problems = problems }
  end
  local from_field = finding.field and FIELDS[finding.field]
  if from_field then
    local c = by_code[from_field]
    steps[#steps + 1] = { text = "Lĩnh vực \"" .. finding.field .. "\" → " .. c.title, citation = "TT 02/2021/TT-TTCP" }
    return { category = c.code, title = c.title, steps = steps, problems = problems }
  end
  local text = type(finding.description) == "string" and finding.description:lower() or ""
  for _, rule in ipairs(KEYWORDS) do
    for _, word in ipairs(rule[2]) do
      if text:find(word, 1, true) then
        local c = by_code[rule[1]]
        steps[#steps + 1] = { text = "Mô tả có \"" .. word .. "\" → " .. c.title, citation = "TT 02/2021/TT-TTCP" }
        return { category = c.code, title = c.title, steps = steps, problems = problems }
      end
    end
  end
  local c = by_code.khac
  steps[#steps + 1] = { text = "Không nhận ra loại từ lĩnh vực hay mô tả → " .. c.title, citation = "TT 02/2021/TT-TTCP" }
  return { category = c.code, title = c.title, steps = steps, problems = problems }
end

local function whole(n)
  if math.type(n) == "integer" and n >= 0 then return n end
  return 0
end

--- inspection.recovery(finding) → { recovery_vnd, other_financial_vnd, land_dm2, steps }
function M.recovery(finding)
  local classified = M.classify(finding)
  local steps = {}
  for _, s in ipairs(classified.steps) do steps[#steps + 1] = s end
  local result = { recovery_vnd = 0, other_financial_vnd = 0, land_dm2 = 0, steps = steps }
  if classified.category == nil then
    steps[#steps + 1] = { text = "Loại sai phạm không hợp lệ: không đề xuất xử lý kinh tế", citation = "TT 02/2021/TT-TTCP" }
    return result
  end
  local amount, land = whole(finding.amount_vnd), whole(finding.land_dm2)
  local how = settings.recovery_by_category[classified.category] or "none"
  if how == "recover" then
    result.recovery_vnd = amount
    steps[#steps + 1] = { text = "Kiến nghị thu hồi toàn bộ " .. amount .. " đồng về ngân sách nhà nước",
                          citation = "Điều 91 NĐ 43/2023/NĐ-CP" }
  elseif how == "other" then
    result.other_financial_vnd = amount
    steps[#steps + 1] = { text = "Kiến nghị xử lý khác về kinh tế (giảm trừ quyết toán, giảm cấp phát vốn) "
      .. amount .. " đồng", citation = "TT 02/2021/TT-TTCP" }
  elseif how == "land" then
    result.land_dm2, result.recovery_vnd = land, amount
    steps[#steps + 1] = { text = "Kiến nghị thu hồi " .. land .. " dm² đất" .. (amount > 0 and (" và "
      .. amount .. " đồng về ngân sách nhà nước") or ""), citation = "Điều 91 NĐ 43/2023/NĐ-CP" }
  else
    steps[#steps + 1] = { text = "Không tự động đề xuất xử lý kinh tế: người ký kết luận quyết định",
                          citation = "TT 02/2021/TT-TTCP" }
  end
  return result
end

return M
