--- The official report forms as data: form 01/TTr (administrative inspection) and 02/TTr (specialized
-- inspection: administrative penalties), each a header of merged cells and columns mapped to figure names.
--
-- Legal basis: Thông tư 01/2024/TT-TTCP (20/01/2024) Điều 4 k1 a: quarterly, 6-month, 9-month and annual
-- inspection reports carry data forms 01/TTr, 02/TTr, … (CONFIRMED:
-- https://thuvienphapluat.vn/phap-luat/mau-tong-hop-ket-qua-thanh-tra-hanh-chinh-moi-nhat-huong-dan-cach-ghi-bieu-mau-tong-hop-ket-qua-tha-267365-192379.html).
-- 01/TTr = "Tổng hợp kết quả thanh tra hành chính" (CONFIRMED by that page's title). Its columns here follow the
-- older full layout "Biểu 1A" of TT 03/2013 and the column list of legal-vn.md §3.3 A (PARTIAL, third-party
-- software); 02/TTr as specialized inspection and penalties is UNCONFIRMED (legal-vn.md §3.1, §3.3 B), and its
-- columns are limited to the penalty figures the program keeps. Verify both against the circular's annex and
-- change this file only: the figures feed every form.
-- Effective: from settings.forms_from (TT 01/2024; the effective date is UNCONFIRMED).
--
-- Column `unit`: count; million_vnd (triệu đồng, settings.million_vnd_decimals / million_vnd_rounding); vnd;
-- m2 (from the figure's dm², settings.m2_decimals). Column codes are the forms' column numbers.

local settings = require "report.settings"

local M = {}

local function c(text, span, rows) return { text = text, span = span, rows = rows } end

local form_01 = {
  code = "01/TTr",
  title = "Tổng hợp kết quả thanh tra hành chính",
  basis = "Thông tư 01/2024/TT-TTCP",
  header = {
    { c("Số cuộc thanh tra", 8), c("Số đơn vị được thanh tra", 1, 3), c("Số đơn vị có vi phạm", 1, 3),
      c("Tổng vi phạm", 2, 2), c("Kiến nghị thu hồi về ngân sách nhà nước", 2, 2),
      c("Kiến nghị xử lý khác về kinh tế", 1, 2), c("Kiến nghị xử lý", 4),
      c("Kết quả thực hiện kết luận thanh tra", 5) },
    { c("Tổng số", 1, 2), c("Đang thực hiện", 2), c("Hình thức", 3), c("Tiến độ", 2),
      c("Hành chính", 2), c("Chuyển cơ quan điều tra", 2),
      c("Đã thu", 2), c("Đã xử lý hành chính", 2), c("Đã khởi tố (vụ)", 1, 2) },
    { c("Kỳ trước chuyển sang"), c("Triển khai trong kỳ"), c("Theo kế hoạch"), c("Đột xuất"), c("Thường xuyên"),
      c("Kết thúc thanh tra trực tiếp"), c("Đã ban hành kết luận"),
      c("Tiền (Tr.đ)"), c("Đất (m²)"), c("Tiền (Tr.đ)"), c("Đất (m²)"), c("Tiền (Tr.đ)"),
      c("Tập thể"), c("Cá nhân"), c("Vụ"), c("Đối tượng"),
      c("Tiền (Tr.đ)"), c("Đất (m²)"), c("Tập thể"), c("Cá nhân") },
  },
  columns = {
    { code = "1", figure = "inspections.total", unit = "count" },
    { code = "2", figure = "inspections.carried_over", unit = "count" },
    { code = "3", figure = "inspections.opened", unit = "count" },
    { code = "4", figure = "inspections.scheduled", unit = "count" },
    { code = "5", figure = "inspections.unscheduled", unit = "count" },
    { code = "6", figure = "inspections.regular", unit = "count" },
    { code = "7", figure = "inspections.onsite_ended", unit = "count" },
    { code = "8", figure = "inspections.concluded", unit = "count" },
    { code = "9", figure = "inspections.subjects_inspected", unit = "count" },
    { code = "10", figure = "inspections.subjects_in_violation", unit = "count" },
    { code = "11", figure = "violations.money_vnd", unit = "million_vnd" },
    { code = "12", figure = "violations.land_dm2", unit = "m2" },
    { code = "13", figure = "recovery.recommended_vnd", unit = "million_vnd" },
    { code = "14", figure = "recovery.recommended_land_dm2", unit = "m2" },
    { code = "15", figure = "other_financial.recommended_vnd", unit = "million_vnd" },
    { code = "16", figure = "handling.collectives_recommended", unit = "count" },
    { code = "17", figure = "handling.persons_recommended", unit = "count" },
    { code = "18", figure = "transfer.cases", unit = "count" },
    { code = "19", figure = "transfer.persons", unit = "count" },
    { code = "20", figure = "recovery.recovered_vnd", unit = "million_vnd" },
    { code = "21", figure = "recovery.recovered_land_dm2", unit = "m2" },
    { code = "22", figure = "handling.collectives_handled", unit = "count" },
    { code = "23", figure = "handling.persons_handled", unit = "count" },
    -- "Đã khởi tố": the transferred cases the investigation agency took up (UNCONFIRMED reading of the column).
    { code = "24", figure = "transfer.cases_accepted", unit = "count" },
  },
}

local form_02 = {
  code = "02/TTr",
  title = "Tổng hợp kết quả thanh tra chuyên ngành và xử phạt vi phạm hành chính",
  basis = "Thông tư 01/2024/TT-TTCP",
  header = {
    { c("Số vụ việc vi phạm", 1, 3), c("Số quyết định xử phạt vi phạm hành chính", 3), c("Hình thức xử phạt", 2),
      c("Tiền phạt", 3), c("Biện pháp khắc phục hậu quả", 1, 2) },
    { c("Tổng số", 1, 2), c("Chia ra", 2), c("Cảnh cáo (quyết định)", 1, 2), c("Phạt tiền (Tr.đ)", 1, 2),
      c("Đã thu (Tr.đ)", 1, 2), c("Tiền chậm nộp đã thu (Tr.đ)", 1, 2), c("Còn phải thu (Tr.đ)", 1, 2) },
    { c("Tổ chức"), c("Cá nhân"), c("Số tiền (Tr.đ)") },
  },
  columns = {
    { code = "1", figure = "penalty.cases_opened", unit = "count" },
    { code = "2", figure = "penalty.decisions", unit = "count" },
    { code = "3", figure = "penalty.decisions_organizations", unit = "count" },
    { code = "4", figure = "penalty.decisions_individuals", unit = "count" },
    { code = "5", figure = "penalty.warnings", unit = "count" },
    { code = "6", figure = "penalty.fines_imposed_vnd", unit = "million_vnd" },
    { code = "7", figure = "penalty.fines_collected_vnd", unit = "million_vnd" },
    { code = "8", figure = "penalty.surcharges_collected_vnd", unit = "million_vnd" },
    { code = "9", figure = "penalty.outstanding_vnd", unit = "million_vnd" },
    { code = "10", figure = "penalty.remedial_vnd", unit = "million_vnd" },
  },
}

M.all = { form_01, form_02 }

local units = { count = true, million_vnd = true, vnd = true, m2 = true }

--- The rule author's check: every header row covers every column exactly once (counting cells of rows above
-- that reach down), and every column's unit fits its figure's suffix. Runs when the pack loads.
local function check_layout(form)
  local width = #form.columns
  local below = {}                     -- column → rows still covered by a cell from above
  for r, row in ipairs(form.header) do
    local col = 1
    local function skip()
      while (below[col] or 0) > 0 do below[col] = below[col] - 1; col = col + 1 end
    end
    for _, cell in ipairs(row) do
      skip()
      local span, rows = cell.span or 1, cell.rows or 1
      for k = col, col + span - 1 do
        if k > width then error("form " .. form.code .. ": header row " .. r .. " is wider than its " .. width .. " columns") end
        below[k] = rows - 1
      end
      col = col + span
    end
    skip()
    if col ~= width + 1 then
      error("form " .. form.code .. ": header row " .. r .. " covers " .. (col - 1) .. " of " .. width .. " columns")
    end
  end
  for k = 1, width do
    if (below[k] or 0) ~= 0 then error("form " .. form.code .. ": a header cell of column " .. k .. " reaches below the header") end
  end
  for _, column in ipairs(form.columns) do
    if not units[column.unit] then error("form " .. form.code .. ": unknown unit " .. tostring(column.unit)) end
    local money, land = column.figure:match("_vnd$") ~= nil, column.figure:match("_dm2$") ~= nil
    local ok = (money and (column.unit == "million_vnd" or column.unit == "vnd")) or (land and column.unit == "m2")
      or (not money and not land and column.unit == "count")
    if not ok then error("form " .. form.code .. ": column " .. column.code .. " unit " .. column.unit .. " does not fit " .. column.figure) end
  end
end

for _, form in ipairs(M.all) do check_layout(form) end

local function copy(value)
  if type(value) ~= "table" then return value end
  local out = {}
  for k, v in pairs(value) do out[k] = copy(v) end
  return out
end

--- How the units print (settings.lua), attached to every form for the host and for readers.
local function unit_notes()
  return {
    million_vnd = { decimals = settings.million_vnd_decimals, rounding = settings.million_vnd_rounding },
    m2 = { decimals = settings.m2_decimals },
  }
end

--- report.forms({ on }) → { forms, problems }
function M.forms(request)
  local on = request.on
  if on == nil or not thanhtra.is_date(on) then
    return { forms = {}, problems = { { code = "bad_period", message = "Ngày của kỳ báo cáo không hợp lệ: " .. tostring(on) } } }
  end
  if thanhtra.compare_dates(on, settings.forms_from) < 0 then
    return { forms = {}, problems = { { code = "not_in_force",
      message = "Kỳ báo cáo kết thúc ngày " .. on .. ", trước các biểu mẫu của Thông tư 01/2024/TT-TTCP (" .. settings.forms_from .. ")",
      hint = "gói quy tắc chỉ có biểu mẫu của Thông tư 01/2024/TT-TTCP" } } }
  end
  local forms = {}
  for i, form in ipairs(M.all) do
    forms[i] = copy(form)
    forms[i].units = unit_notes()
  end
  return { forms = forms, problems = {} }
end

return M
