--- The official report forms as data: form 01/TTr (administrative inspections only), 02/TTr (specialized
-- inspections only, and the penalty decisions) and this pack's penalty annex, each a header of merged cells and
-- columns mapped to figure names; and the scopes that split the inspections between the forms (report.scopes).
--
-- Legal basis: Thông tư 01/2024/TT-TTCP (20/01/2024) Điều 4 k1 a: quarterly, 6-month, 9-month and annual
-- inspection reports carry data forms 01/TTr, 02/TTr, … (CONFIRMED:
-- https://thuvienphapluat.vn/phap-luat/mau-tong-hop-ket-qua-thanh-tra-hanh-chinh-moi-nhat-huong-dan-cach-ghi-bieu-mau-tong-hop-ket-qua-tha-267365-192379.html).
-- 01/TTr = "Tổng hợp kết quả thanh tra hành chính" (CONFIRMED by that page's title). Its columns here follow the
-- older full layout "Biểu 1A" of TT 03/2013 and the column list of legal-vn.md §3.3 A (PARTIAL, third-party
-- software); 02/TTr as the specialized-inspection summary is UNCONFIRMED (legal-vn.md §3.1), its columns follow
-- §3.3 B (PARTIAL, third-party software) as far as the program keeps the figures. Verify both against the circular's annex and
-- change this file only: the figures feed every form.
-- Effective: from settings.forms_from (TT 01/2024; the effective date is UNCONFIRMED).
--
-- Column `unit`: count; million_vnd (triệu đồng, settings.million_vnd_decimals / million_vnd_rounding); vnd;
-- m2 (from the figure's dm², settings.m2_decimals). Column codes are the forms' column numbers.

local say = require "lib.say"
local settings = require "report.settings"

local M = {}

local function c(text, span, rows) return { text = text, span = span, rows = rows } end

-- Scoped figures: "hanh_chinh:…" counts administrative inspections only, "chuyen_nganh:…" specialized ones
-- (settings.scopes); penalty figures are not scoped (a penalty case is not linked to an inspection).
local function hc(figure) return "hanh_chinh:" .. figure end
local function cn(figure) return "chuyen_nganh:" .. figure end

local form_01 = {
  code = "01/TTr",
  title = "Tổng hợp kết quả thanh tra hành chính",
  basis = "Thông tư 01/2024/TT-TTCP",
  scope = "hanh_chinh",
  header = {
    { c("Số cuộc thanh tra", 8), c("Số đơn vị được thanh tra", 1, 3), c("Số đơn vị có vi phạm", 1, 3),
      c("Tổng vi phạm", 2, 2), c("Kiến nghị thu hồi về ngân sách nhà nước", 2, 2),
      c("Kiến nghị xử lý khác về kinh tế", 1, 2), c("Kiến nghị xử lý", 4),
      c("Kết quả thực hiện kết luận thanh tra", 6),
      c("Kiến nghị hoàn thiện cơ chế, chính sách, pháp luật (văn bản)", 2, 2) },
    { c("Tổng số", 1, 2), c("Đang thực hiện", 2), c("Hình thức", 3), c("Tiến độ", 2),
      c("Hành chính", 2), c("Chuyển cơ quan điều tra", 2),
      c("Đã thu", 2), c("Đã xử lý hành chính", 2), c("Đã khởi tố", 2) },
    { c("Kỳ trước chuyển sang"), c("Triển khai trong kỳ"), c("Theo kế hoạch"), c("Đột xuất"), c("Thường xuyên"),
      c("Kết thúc thanh tra trực tiếp"), c("Đã ban hành kết luận"),
      c("Tiền (Tr.đ)"), c("Đất (m²)"), c("Tiền (Tr.đ)"), c("Đất (m²)"), c("Tiền (Tr.đ)"),
      c("Tập thể"), c("Cá nhân"), c("Vụ"), c("Đối tượng"),
      c("Tiền (Tr.đ)"), c("Đất (m²)"), c("Tập thể"), c("Cá nhân"), c("Vụ"), c("Đối tượng"),
      c("Kiến nghị"), c("Đã thực hiện") },
  },
  columns = {
    { code = "1", figure = hc("inspections.total"), unit = "count" },
    { code = "2", figure = hc("inspections.carried_over"), unit = "count" },
    { code = "3", figure = hc("inspections.opened"), unit = "count" },
    { code = "4", figure = hc("inspections.scheduled"), unit = "count" },
    { code = "5", figure = hc("inspections.unscheduled"), unit = "count" },
    { code = "6", figure = hc("inspections.regular"), unit = "count" },
    { code = "7", figure = hc("inspections.onsite_ended"), unit = "count" },
    { code = "8", figure = hc("inspections.concluded"), unit = "count" },
    { code = "9", figure = hc("inspections.subjects_inspected"), unit = "count" },
    { code = "10", figure = hc("inspections.subjects_in_violation"), unit = "count" },
    { code = "11", figure = hc("violations.money_vnd"), unit = "million_vnd" },
    { code = "12", figure = hc("violations.land_dm2"), unit = "m2" },
    { code = "13", figure = hc("recovery.recommended_vnd"), unit = "million_vnd" },
    { code = "14", figure = hc("recovery.recommended_land_dm2"), unit = "m2" },
    { code = "15", figure = hc("other_financial.recommended_vnd"), unit = "million_vnd" },
    { code = "16", figure = hc("handling.collectives_recommended"), unit = "count" },
    { code = "17", figure = hc("handling.persons_recommended"), unit = "count" },
    { code = "18", figure = hc("transfer.cases"), unit = "count" },
    { code = "19", figure = hc("transfer.persons"), unit = "count" },
    { code = "20", figure = hc("recovery.recovered_vnd"), unit = "million_vnd" },
    { code = "21", figure = hc("recovery.recovered_land_dm2"), unit = "m2" },
    { code = "22", figure = hc("handling.collectives_handled"), unit = "count" },
    { code = "23", figure = hc("handling.persons_handled"), unit = "count" },
    -- "Đã khởi tố": the transferred cases the investigation agency took up (UNCONFIRMED reading of the column).
    { code = "24", figure = hc("transfer.cases_accepted"), unit = "count" },
    { code = "25", figure = hc("transfer.persons_accepted"), unit = "count" },
    -- "Hoàn thiện cơ chế, chính sách (số văn bản)" (legal-vn.md §3.3 A column 18; TT 02/2021 Mẫu số 01 (b), CONFIRMED
    -- outline): the documents the policy recommendations ask to issue, amend or repeal (`recommend --kind policy`),
    -- and those the follow-ups record as done in the period. Kept after column 25 so that the columns before keep
    -- their numbers.
    { code = "26", figure = hc("policy.documents_recommended"), unit = "count" },
    { code = "27", figure = hc("policy.documents_done"), unit = "count" },
  },
}

-- 02/TTr after the column list of legal-vn.md §3.3 B (PARTIAL, third-party software): specialized inspections by
-- mode, conclusions, organisations and persons inspected and in violation, violation money by organisation and
-- person, recovery, penalty decisions and fines by organisation and person, transfers, and the decisions with a
-- sanction other than money by organisation and person ("xử phạt bằng hình thức khác", cols. 24–25 there: a
-- confiscation, a licence withdrawn or an activity suspended, as `case decide` records them; appended here as
-- columns 23–24 so that the earlier columns keep their numbers). Not kept by thanhtra and left out: "kiến nghị thu
-- hồi về tổ chức, đơn vị" (col. 15 there).
-- Penalty decisions are every decision of the store: a penalty case is not linked to an inspection, and an
-- administrative inspection does not sanction (Luật XLVPHC), so the decisions belong to this form.
local form_02 = {
  code = "02/TTr",
  title = "Tổng hợp kết quả thanh tra chuyên ngành",
  basis = "Thông tư 01/2024/TT-TTCP",
  scope = "chuyen_nganh",
  header = {
    { c("Số cuộc thanh tra", 5), c("Số được thanh tra", 2), c("Số có vi phạm", 2), c("Tiền vi phạm (Tr.đ)", 2),
      c("Kiến nghị thu hồi về ngân sách nhà nước (Tr.đ)", 1, 2), c("Đã thu hồi (Tr.đ)", 1, 2),
      c("Số quyết định xử phạt vi phạm hành chính", 3), c("Xử phạt bằng tiền (Tr.đ)", 2),
      c("Cảnh cáo", 1, 2), c("Tiền phạt đã thu (Tr.đ)", 1, 2), c("Chuyển cơ quan điều tra", 2),
      c("Xử phạt bằng hình thức khác", 2) },
    { c("Tổng số"), c("Theo kế hoạch"), c("Đột xuất"), c("Thường xuyên"), c("Đã ban hành kết luận"),
      c("Tổ chức"), c("Cá nhân"), c("Tổ chức"), c("Cá nhân"), c("Tổ chức"), c("Cá nhân"),
      c("Tổng số"), c("Tổ chức"), c("Cá nhân"), c("Tổ chức"), c("Cá nhân"), c("Vụ"), c("Đối tượng"),
      c("Tổ chức"), c("Cá nhân") },
  },
  columns = {
    { code = "1", figure = cn("inspections.total"), unit = "count" },
    { code = "2", figure = cn("inspections.scheduled"), unit = "count" },
    { code = "3", figure = cn("inspections.unscheduled"), unit = "count" },
    { code = "4", figure = cn("inspections.regular"), unit = "count" },
    { code = "5", figure = cn("inspections.concluded"), unit = "count" },
    { code = "6", figure = cn("inspections.organizations_inspected"), unit = "count" },
    { code = "7", figure = cn("inspections.persons_inspected"), unit = "count" },
    { code = "8", figure = cn("inspections.organizations_in_violation"), unit = "count" },
    { code = "9", figure = cn("inspections.persons_in_violation"), unit = "count" },
    { code = "10", figure = cn("violations.organizations_money_vnd"), unit = "million_vnd" },
    { code = "11", figure = cn("violations.persons_money_vnd"), unit = "million_vnd" },
    { code = "12", figure = cn("recovery.recommended_vnd"), unit = "million_vnd" },
    { code = "13", figure = cn("recovery.recovered_vnd"), unit = "million_vnd" },
    { code = "14", figure = "penalty.decisions", unit = "count" },
    { code = "15", figure = "penalty.decisions_organizations", unit = "count" },
    { code = "16", figure = "penalty.decisions_individuals", unit = "count" },
    { code = "17", figure = "penalty.fines_organizations_vnd", unit = "million_vnd" },
    { code = "18", figure = "penalty.fines_individuals_vnd", unit = "million_vnd" },
    { code = "19", figure = "penalty.warnings", unit = "count" },
    { code = "20", figure = "penalty.fines_collected_vnd", unit = "million_vnd" },
    { code = "21", figure = cn("transfer.cases"), unit = "count" },
    { code = "22", figure = cn("transfer.persons"), unit = "count" },
    { code = "23", figure = "penalty.other_sanctions_organizations", unit = "count" },
    { code = "24", figure = "penalty.other_sanctions_individuals", unit = "count" },
  },
}

-- The penalty figures that neither form has a column for, kept in an annex of this pack (not a form of the
-- circular): the cases found, the violators penalized (distinct organisations and persons of the period's
-- decisions, published beside the decisions: "846 quyết định … 284 tổ chức, 1.156 cá nhân", legal-vn.md §4), the
-- fines in total, late-payment surcharges, the amount still owed, remedial money; the value confiscated (tịch thu
-- tang vật, phương tiện, published beside the fines, legal-vn.md §3.3 B, §4), the supplementary sanctions (tước
-- quyền sử dụng giấy phép, chứng chỉ hành nghề; đình chỉ hoạt động) and the remedial measures ordered, as `case
-- decide` records them (columns 9–12).
local annex_penalties = {
  code = "PL-XPVPHC",
  title = "Phụ lục: xử phạt vi phạm hành chính",
  basis = "Biểu bổ sung của gói quy tắc (không thuộc Thông tư 01/2024/TT-TTCP)",
  header = {
    { c("Số vụ việc vi phạm", 1, 2), c("Số đối tượng bị xử phạt", 2), c("Tiền phạt (Tr.đ)", 4),
      c("Biện pháp khắc phục hậu quả (Tr.đ)", 1, 2), c("Tịch thu tang vật, phương tiện (Tr.đ)", 1, 2),
      c("Hình thức xử phạt bổ sung", 2), c("Số biện pháp khắc phục hậu quả", 1, 2) },
    { c("Tổ chức"), c("Cá nhân"), c("Theo quyết định"), c("Đã thu"), c("Tiền chậm nộp đã thu"), c("Còn phải thu"),
      c("Tước giấy phép, chứng chỉ hành nghề"), c("Đình chỉ hoạt động") },
  },
  columns = {
    { code = "1", figure = "penalty.cases_opened", unit = "count" },
    { code = "2", figure = "penalty.violators_organizations", unit = "count" },
    { code = "3", figure = "penalty.violators_persons", unit = "count" },
    { code = "4", figure = "penalty.fines_imposed_vnd", unit = "million_vnd" },
    { code = "5", figure = "penalty.fines_collected_vnd", unit = "million_vnd" },
    { code = "6", figure = "penalty.surcharges_collected_vnd", unit = "million_vnd" },
    { code = "7", figure = "penalty.outstanding_vnd", unit = "million_vnd" },
    { code = "8", figure = "penalty.remedial_vnd", unit = "million_vnd" },
    { code = "9", figure = "penalty.confiscated_vnd", unit = "million_vnd" },
    { code = "10", figure = "penalty.licence_revocations", unit = "count" },
    { code = "11", figure = "penalty.activity_suspensions", unit = "count" },
    { code = "12", figure = "penalty.remedial_measures", unit = "count" },
  },
}

-- How the collectives and persons are to be handled (legal-vn.md §2.6: "xử lý hành chính / trách nhiệm
-- (kiểm điểm rút kinh nghiệm, xử lý kỷ luật — số tổ chức, số cá nhân)", TT 02/2021 Mẫu số 01 outline, CONFIRMED):
-- form 01/TTr has one pair of columns for all of them ("Kiến nghị xử lý – Hành chính"), so this pack's annex
-- splits them by the class the recommendation was recorded with (`recommend --handling`); a handling
-- recommendation recorded without one is counted as xử lý hành chính, as it was reported before. The three
-- pairs of a scope add up to that scope's 01/TTr columns 16 and 17.
local annex_handling = {
  code = "PL-XLTN",
  title = "Phụ lục: kiến nghị xử lý trách nhiệm theo hình thức xử lý",
  basis = "Biểu bổ sung của gói quy tắc (không thuộc Thông tư 01/2024/TT-TTCP)",
  header = {
    { c("Thanh tra hành chính", 6), c("Thanh tra chuyên ngành", 6) },
    { c("Kiểm điểm rút kinh nghiệm", 2), c("Xử lý kỷ luật", 2), c("Xử lý hành chính khác", 2),
      c("Kiểm điểm rút kinh nghiệm", 2), c("Xử lý kỷ luật", 2), c("Xử lý hành chính khác", 2) },
    { c("Tập thể"), c("Cá nhân"), c("Tập thể"), c("Cá nhân"), c("Tập thể"), c("Cá nhân"),
      c("Tập thể"), c("Cá nhân"), c("Tập thể"), c("Cá nhân"), c("Tập thể"), c("Cá nhân") },
  },
  columns = {
    { code = "1", figure = hc("handling.review_collectives_recommended"), unit = "count" },
    { code = "2", figure = hc("handling.review_persons_recommended"), unit = "count" },
    { code = "3", figure = hc("handling.discipline_collectives_recommended"), unit = "count" },
    { code = "4", figure = hc("handling.discipline_persons_recommended"), unit = "count" },
    { code = "5", figure = hc("handling.administrative_collectives_recommended"), unit = "count" },
    { code = "6", figure = hc("handling.administrative_persons_recommended"), unit = "count" },
    { code = "7", figure = cn("handling.review_collectives_recommended"), unit = "count" },
    { code = "8", figure = cn("handling.review_persons_recommended"), unit = "count" },
    { code = "9", figure = cn("handling.discipline_collectives_recommended"), unit = "count" },
    { code = "10", figure = cn("handling.discipline_persons_recommended"), unit = "count" },
    { code = "11", figure = cn("handling.administrative_collectives_recommended"), unit = "count" },
    { code = "12", figure = cn("handling.administrative_persons_recommended"), unit = "count" },
  },
}

-- The administrative inspections still in progress at the period's end and the follow-up stock of their
-- conclusions (legal-vn.md §2.6 "figures actually tracked in follow-up": conclusions to implement vs completed,
-- money phải thu vs đã thu, collectives/individuals to be handled vs handled, đã khởi tố vụ, đối tượng; §3.3 the
-- Biểu 1A block "Kiểm tra, đôn đốc thực hiện KLTT"; published as "97 kết luận phải thực hiện, 61 đã hoàn thành,
-- 36 chưa; đã thu 13.515/19.611 triệu đồng"). An annex of this pack: TT 01/2024's own follow-up form is
-- UNCONFIRMED (legal-vn.md §3.1). Definitions: docs/report-fields.md "Follow-up stock".
local annex_follow_up = {
  code = "PL-THKL",
  title = "Phụ lục: tiến độ thanh tra hành chính và kết quả thực hiện kết luận thanh tra",
  basis = "Biểu bổ sung của gói quy tắc (không thuộc Thông tư 01/2024/TT-TTCP)",
  header = {
    { c("Cuộc thanh tra đến cuối kỳ", 3), c("Kết luận thanh tra phải thực hiện", 3), c("Tiền (Tr.đ)", 2),
      c("Tập thể", 2), c("Cá nhân", 2), c("Đã khởi tố", 2), c("Đất (m²)", 2),
      c("Đã kiểm điểm rút kinh nghiệm", 2), c("Đã xử lý kỷ luật", 2), c("Đã xử lý hành chính khác", 2) },
    { c("Đã ban hành kết luận trong kỳ"), c("Đang thực hiện"), c("Số đơn vị đang được thanh tra"),
      c("Tổng số"), c("Đã thực hiện xong"), c("Chưa thực hiện xong"), c("Phải thu"), c("Đã thu"),
      c("Phải xử lý"), c("Đã xử lý"), c("Phải xử lý"), c("Đã xử lý"), c("Vụ"), c("Đối tượng"),
      c("Phải thu"), c("Đã thu"), c("Tập thể"), c("Cá nhân"), c("Tập thể"), c("Cá nhân"), c("Tập thể"), c("Cá nhân") },
  },
  columns = {
    { code = "1", figure = hc("inspections.concluded"), unit = "count" },
    { code = "2", figure = hc("inspections.ongoing"), unit = "count" },
    { code = "3", figure = hc("inspections.ongoing_subjects"), unit = "count" },
    { code = "4", figure = hc("followup.conclusions"), unit = "count" },
    { code = "5", figure = hc("followup.conclusions_done"), unit = "count" },
    { code = "6", figure = hc("followup.conclusions_pending"), unit = "count" },
    { code = "7", figure = hc("followup.recovery_due_vnd"), unit = "million_vnd" },
    { code = "8", figure = hc("followup.recovered_vnd"), unit = "million_vnd" },
    { code = "9", figure = hc("followup.collectives_due"), unit = "count" },
    { code = "10", figure = hc("followup.collectives_handled"), unit = "count" },
    { code = "11", figure = hc("followup.persons_due"), unit = "count" },
    { code = "12", figure = hc("followup.persons_handled"), unit = "count" },
    { code = "13", figure = hc("followup.prosecuted_cases"), unit = "count" },
    { code = "14", figure = hc("followup.prosecuted_persons"), unit = "count" },
    -- Land to recover and recovered (đất phải thu, đã thu: §3.3 Biểu 1A "Kết quả – Đất: Phải thu | Đã thu"), and
    -- the collectives and persons handled (columns 10 and 12) split by how they were to be handled; the three pairs
    -- add up to columns 10 and 12 (report/checks.lua).
    { code = "15", figure = hc("followup.land_due_dm2"), unit = "m2" },
    { code = "16", figure = hc("followup.land_recovered_dm2"), unit = "m2" },
    { code = "17", figure = hc("followup.review_collectives_handled"), unit = "count" },
    { code = "18", figure = hc("followup.review_persons_handled"), unit = "count" },
    { code = "19", figure = hc("followup.discipline_collectives_handled"), unit = "count" },
    { code = "20", figure = hc("followup.discipline_persons_handled"), unit = "count" },
    { code = "21", figure = hc("followup.administrative_collectives_handled"), unit = "count" },
    { code = "22", figure = hc("followup.administrative_persons_handled"), unit = "count" },
  },
}

-- The period's inspections by field (lĩnh vực: tài chính – ngân sách, đất đai, đầu tư xây dựng cơ bản…), one
-- column per field of inspection/fields.lua, headed with its words (legal-vn.md §2.6, §4: provincial reports
-- publish their results by field). An annex of this pack; an inspection recorded without a field, or with one the
-- list does not have, is in the figure table only (inspections.field.<code>).
local fields = require "inspection.fields"
local annex_fields = {
  code = "PL-LV",
  title = "Phụ lục: số cuộc thanh tra theo lĩnh vực",
  basis = "Biểu bổ sung của gói quy tắc (không thuộc Thông tư 01/2024/TT-TTCP)",
  header = { { c("Số cuộc thanh tra theo lĩnh vực", #fields.list) }, {} },
  columns = {},
}
--- "Đất đai" from "đất đai": the first letter upper-cased (ASCII, or đ).
local function capitalized(text)
  if text:sub(1, 2) == "đ" then return "Đ" .. text:sub(3) end
  return text:sub(1, 1):upper() .. text:sub(2)
end
for i, field in ipairs(fields.list) do
  annex_fields.header[2][i] = c(capitalized(field.vi))
  annex_fields.columns[i] = { code = tostring(i), figure = "inspections.field." .. field.code, unit = "count" }
end

M.all = { form_01, form_02, annex_penalties, annex_handling, annex_follow_up, annex_fields }

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
        if k > width then say.error(1, "form " .. form.code .. ": header row " .. r .. " is wider than its " .. width .. " columns",
          "biểu " .. form.code .. ": hàng tiêu đề " .. r .. " rộng hơn " .. width .. " cột của biểu") end
        below[k] = rows - 1
      end
      col = col + span
    end
    skip()
    if col ~= width + 1 then
      say.error(1, "form " .. form.code .. ": header row " .. r .. " covers " .. (col - 1) .. " of " .. width .. " columns",
        "biểu " .. form.code .. ": hàng tiêu đề " .. r .. " phủ " .. (col - 1) .. " trên " .. width .. " cột")
    end
  end
  for k = 1, width do
    if (below[k] or 0) ~= 0 then say.error(1, "form " .. form.code .. ": a header cell of column " .. k .. " reaches below the header",
      "biểu " .. form.code .. ": một ô tiêu đề của cột " .. k .. " kéo xuống dưới phần tiêu đề") end
  end
  for _, column in ipairs(form.columns) do
    if not units[column.unit] then say.error(1, "form " .. form.code .. ": unknown unit " .. tostring(column.unit),
      "biểu " .. form.code .. ": không biết đơn vị " .. tostring(column.unit)) end
    local scope = column.figure:match("^([%w_]+):")
    if scope ~= nil and M.scope(scope) == nil then
      say.error(1, "form " .. form.code .. ": column " .. column.code .. " names the scope " .. scope .. ", which settings.scopes does not have",
        "biểu " .. form.code .. ": cột " .. column.code .. " ghi phạm vi " .. scope .. ", không có trong settings.scopes")
    end
    local money, land = column.figure:match("_vnd$") ~= nil, column.figure:match("_dm2$") ~= nil
    local ok = (money and (column.unit == "million_vnd" or column.unit == "vnd")) or (land and column.unit == "m2")
      or (not money and not land and column.unit == "count")
    if not ok then say.error(1, "form " .. form.code .. ": column " .. column.code .. " unit " .. column.unit .. " does not fit " .. column.figure,
      "biểu " .. form.code .. ": đơn vị " .. column.unit .. " của cột " .. column.code .. " không hợp với chỉ tiêu " .. column.figure) end
  end
end

--- The scopes of settings.scopes, the 2025 category added to the one settings.single_category_scope names.
local function scopes()
  local out = {}
  for i, scope in ipairs(settings.scopes) do
    local categories = {}
    for k, code in ipairs(scope.categories) do categories[k] = code end
    if scope.code == settings.single_category_scope then categories[#categories + 1] = settings.single_category end
    out[i] = { code = scope.code, vi = scope.vi, en = scope.en, categories = categories }
  end
  return out
end

--- The scope named `code`, or nil.
function M.scope(code)
  for _, scope in ipairs(scopes()) do
    if scope.code == code then return scope end
  end
  return nil
end

do
  local found = false
  for _, scope in ipairs(settings.scopes) do found = found or scope.code == settings.single_category_scope end
  if not found then
    say.error(1, "report/settings.lua: single_category_scope = " .. tostring(settings.single_category_scope)
      .. " is not the code of one of settings.scopes",
      "report/settings.lua: single_category_scope = " .. tostring(settings.single_category_scope)
      .. " không phải mã của một phạm vi trong settings.scopes")
  end
end

for _, form in ipairs(M.all) do check_layout(form) end

--- report.scopes({ on }) → { scopes = { { code, vi, en, categories } } }: which inspection categories each form
-- counts (settings.scopes, settings.single_category_scope).
function M.scopes(request)
  return { scopes = scopes(), problems = {} }
end

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
