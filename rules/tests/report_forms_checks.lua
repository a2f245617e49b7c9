--- Test cases: the official forms as data (report.forms) and the consistency checks (report.checks).
--
-- Legal basis: Thông tư 01/2024/TT-TTCP forms 01/TTr, 02/TTr (report/forms.lua); the forms' arithmetic
-- (report/checks.lua). Default settings: forms_from = 2024-01-20, million_vnd_decimals = 1, half up.

--- Figures of one period as the host gives them: the administrative inspections under "hanh_chinh:", the
-- specialized ones under "chuyen_nganh:" (30 + 34 = 64 in all), the penalties unscoped.
local function figures(t)
  local base = {
    ["inspections.total"] = 64,
    ["hanh_chinh:inspections.total"] = 30, ["hanh_chinh:inspections.carried_over"] = 12, ["hanh_chinh:inspections.opened"] = 18,
    ["hanh_chinh:inspections.scheduled"] = 20, ["hanh_chinh:inspections.unscheduled"] = 10, ["hanh_chinh:inspections.regular"] = 0,
    ["hanh_chinh:inspections.concluded"] = 20, ["hanh_chinh:inspections.subjects_inspected"] = 54,
    ["hanh_chinh:inspections.organizations_inspected"] = 54,
    ["hanh_chinh:inspections.subjects_in_violation"] = 31,
    ["hanh_chinh:violations.money_vnd"] = 1535400000, ["hanh_chinh:recovery.recommended_vnd"] = 1400000000,
    ["hanh_chinh:other_financial.recommended_vnd"] = 135400000,
    ["chuyen_nganh:inspections.total"] = 34, ["chuyen_nganh:inspections.opened"] = 34,
    ["chuyen_nganh:inspections.scheduled"] = 21, ["chuyen_nganh:inspections.unscheduled"] = 13,
    ["chuyen_nganh:inspections.concluded"] = 30, ["chuyen_nganh:inspections.subjects_inspected"] = 146,
    ["chuyen_nganh:inspections.organizations_inspected"] = 100, ["chuyen_nganh:inspections.persons_inspected"] = 46,
    ["chuyen_nganh:inspections.subjects_in_violation"] = 90,
    ["penalty.decisions"] = 846, ["penalty.decisions_organizations"] = 120, ["penalty.decisions_individuals"] = 726,
    ["penalty.fines_imposed_vnd"] = 2815000000, ["penalty.fines_organizations_vnd"] = 2000000000,
    ["penalty.fines_individuals_vnd"] = 815000000,
  }
  for k, v in pairs(t or {}) do base[k] = v end
  return base
end

local function oks(n)
  local list = {}
  for i = 1, n do list[i] = { ok = true } end
  return list
end

--- Fourteen checks (six per scope, two for penalties), all ok but those `changed` gives (index → expectation).
local function checks_with(changed)
  local list = oks(14)
  for i, v in pairs(changed or {}) do list[i] = v end
  return list
end

return {
  -- Forms.
  { name = "forms on 2026-10-14: 01/TTr with 24 columns of administrative inspections only, 02/TTr, the penalty annex",
    call = "report.forms", input = { on = "2026-10-14" },
    expect = { problems = {}, forms = {
      { code = "01/TTr", title = "Tổng hợp kết quả thanh tra hành chính", basis = "Thông tư 01/2024/TT-TTCP",
        columns = {
          { code = "1", figure = "hanh_chinh:inspections.total", unit = "count" },
          { code = "2", figure = "hanh_chinh:inspections.carried_over", unit = "count" },
          { code = "3", figure = "hanh_chinh:inspections.opened", unit = "count" },
          { code = "4", figure = "hanh_chinh:inspections.scheduled", unit = "count" },
          { code = "5", figure = "hanh_chinh:inspections.unscheduled", unit = "count" },
          { code = "6", figure = "hanh_chinh:inspections.regular", unit = "count" },
          { code = "7", figure = "hanh_chinh:inspections.onsite_ended", unit = "count" },
          { code = "8", figure = "hanh_chinh:inspections.concluded", unit = "count" },
          { code = "9", figure = "hanh_chinh:inspections.subjects_inspected", unit = "count" },
          { code = "10", figure = "hanh_chinh:inspections.subjects_in_violation", unit = "count" },
          { code = "11", figure = "hanh_chinh:violations.money_vnd", unit = "million_vnd" },
          { code = "12", figure = "hanh_chinh:violations.land_dm2", unit = "m2" },
          { code = "13", figure = "hanh_chinh:recovery.recommended_vnd", unit = "million_vnd" },
          { code = "14", figure = "hanh_chinh:recovery.recommended_land_dm2", unit = "m2" },
          { code = "15", figure = "hanh_chinh:other_financial.recommended_vnd", unit = "million_vnd" },
          { code = "16", figure = "hanh_chinh:handling.collectives_recommended", unit = "count" },
          { code = "17", figure = "hanh_chinh:handling.persons_recommended", unit = "count" },
          { code = "18", figure = "hanh_chinh:transfer.cases", unit = "count" },
          { code = "19", figure = "hanh_chinh:transfer.persons", unit = "count" },
          { code = "20", figure = "hanh_chinh:recovery.recovered_vnd", unit = "million_vnd" },
          { code = "21", figure = "hanh_chinh:recovery.recovered_land_dm2", unit = "m2" },
          { code = "22", figure = "hanh_chinh:handling.collectives_handled", unit = "count" },
          { code = "23", figure = "hanh_chinh:handling.persons_handled", unit = "count" },
          { code = "24", figure = "hanh_chinh:transfer.cases_accepted", unit = "count" },
        },
        units = { million_vnd = { decimals = 1, rounding = "half_up" }, m2 = { decimals = 2 } } },
      { code = "02/TTr" }, { code = "PL-XPVPHC" },
    } } },
  { name = "form 01/TTr header: three rows of merged cells, the first row as the form has it",
    call = "report.forms", input = { on = "2026-12-14" },
    expect = { forms = { { header = {
      { { text = "Số cuộc thanh tra", span = 8 }, { text = "Số đơn vị được thanh tra", rows = 3 },
        { text = "Số đơn vị có vi phạm", rows = 3 }, { text = "Tổng vi phạm", span = 2, rows = 2 },
        { text = "Kiến nghị thu hồi về ngân sách nhà nước", span = 2, rows = 2 },
        { text = "Kiến nghị xử lý khác về kinh tế", rows = 2 }, { text = "Kiến nghị xử lý", span = 4 },
        { text = "Kết quả thực hiện kết luận thanh tra", span = 5 } },
      { { text = "Tổng số", rows = 2 }, { text = "Đang thực hiện", span = 2 }, { text = "Hình thức", span = 3 },
        { text = "Tiến độ", span = 2 }, { text = "Hành chính", span = 2 }, { text = "Chuyển cơ quan điều tra", span = 2 },
        { text = "Đã thu", span = 2 }, { text = "Đã xử lý hành chính", span = 2 }, { text = "Đã khởi tố (vụ)", rows = 2 } },
      { { text = "Kỳ trước chuyển sang" }, { text = "Triển khai trong kỳ" }, { text = "Theo kế hoạch" }, { text = "Đột xuất" },
        { text = "Thường xuyên" }, { text = "Kết thúc thanh tra trực tiếp" }, { text = "Đã ban hành kết luận" },
        { text = "Tiền (Tr.đ)" }, { text = "Đất (m²)" }, { text = "Tiền (Tr.đ)" }, { text = "Đất (m²)" }, { text = "Tiền (Tr.đ)" },
        { text = "Tập thể" }, { text = "Cá nhân" }, { text = "Vụ" }, { text = "Đối tượng" },
        { text = "Tiền (Tr.đ)" }, { text = "Đất (m²)" }, { text = "Tập thể" }, { text = "Cá nhân" } },
    } }, { code = "02/TTr" }, { code = "PL-XPVPHC" } } } },
  { name = "form 02/TTr: specialized inspections only, by mode, organisations and persons, penalties by kind",
    call = "report.forms", input = { on = "2026-03-14" },
    expect = { forms = { { code = "01/TTr" }, {
      code = "02/TTr", title = "Tổng hợp kết quả thanh tra chuyên ngành",
      header = {
        { { text = "Số cuộc thanh tra", span = 5 }, { text = "Số được thanh tra", span = 2 },
          { text = "Số có vi phạm", span = 2 }, { text = "Tiền vi phạm (Tr.đ)", span = 2 },
          { text = "Kiến nghị thu hồi về ngân sách nhà nước (Tr.đ)", rows = 2 }, { text = "Đã thu hồi (Tr.đ)", rows = 2 },
          { text = "Số quyết định xử phạt vi phạm hành chính", span = 3 }, { text = "Xử phạt bằng tiền (Tr.đ)", span = 2 },
          { text = "Cảnh cáo", rows = 2 }, { text = "Tiền phạt đã thu (Tr.đ)", rows = 2 },
          { text = "Chuyển cơ quan điều tra", span = 2 } },
        { { text = "Tổng số" }, { text = "Theo kế hoạch" }, { text = "Đột xuất" }, { text = "Thường xuyên" },
          { text = "Đã ban hành kết luận" }, { text = "Tổ chức" }, { text = "Cá nhân" }, { text = "Tổ chức" },
          { text = "Cá nhân" }, { text = "Tổ chức" }, { text = "Cá nhân" }, { text = "Tổng số" }, { text = "Tổ chức" },
          { text = "Cá nhân" }, { text = "Tổ chức" }, { text = "Cá nhân" }, { text = "Vụ" }, { text = "Đối tượng" } },
      },
      columns = {
        { code = "1", figure = "chuyen_nganh:inspections.total", unit = "count" },
        { code = "2", figure = "chuyen_nganh:inspections.scheduled", unit = "count" },
        { code = "3", figure = "chuyen_nganh:inspections.unscheduled", unit = "count" },
        { code = "4", figure = "chuyen_nganh:inspections.regular", unit = "count" },
        { code = "5", figure = "chuyen_nganh:inspections.concluded", unit = "count" },
        { code = "6", figure = "chuyen_nganh:inspections.organizations_inspected", unit = "count" },
        { code = "7", figure = "chuyen_nganh:inspections.persons_inspected", unit = "count" },
        { code = "8", figure = "chuyen_nganh:inspections.organizations_in_violation", unit = "count" },
        { code = "9", figure = "chuyen_nganh:inspections.persons_in_violation", unit = "count" },
        { code = "10", figure = "chuyen_nganh:violations.organizations_money_vnd", unit = "million_vnd" },
        { code = "11", figure = "chuyen_nganh:violations.persons_money_vnd", unit = "million_vnd" },
        { code = "12", figure = "chuyen_nganh:recovery.recommended_vnd", unit = "million_vnd" },
        { code = "13", figure = "chuyen_nganh:recovery.recovered_vnd", unit = "million_vnd" },
        { code = "14", figure = "penalty.decisions", unit = "count" },
        { code = "15", figure = "penalty.decisions_organizations", unit = "count" },
        { code = "16", figure = "penalty.decisions_individuals", unit = "count" },
        { code = "17", figure = "penalty.fines_organizations_vnd", unit = "million_vnd" },
        { code = "18", figure = "penalty.fines_individuals_vnd", unit = "million_vnd" },
        { code = "19", figure = "penalty.warnings", unit = "count" },
        { code = "20", figure = "penalty.fines_collected_vnd", unit = "million_vnd" },
        { code = "21", figure = "chuyen_nganh:transfer.cases", unit = "count" },
        { code = "22", figure = "chuyen_nganh:transfer.persons", unit = "count" },
      } }, { code = "PL-XPVPHC", columns = {
        { figure = "penalty.cases_opened" }, { figure = "penalty.fines_imposed_vnd" },
        { figure = "penalty.fines_collected_vnd" }, { figure = "penalty.surcharges_collected_vnd" },
        { figure = "penalty.outstanding_vnd" }, { figure = "penalty.remedial_vnd" } } } } } },
  { name = "scopes: 01/TTr counts hanh_chinh and the 2025 single category (single_category_scope), 02/TTr chuyen_nganh",
    call = "report.scopes", input = { on = "2026-03-14" },
    expect = { scopes = {
      { code = "hanh_chinh", vi = "thanh tra hành chính", categories = { "hanh_chinh", "thanh_tra" } },
      { code = "chuyen_nganh", vi = "thanh tra chuyên ngành", categories = { "chuyen_nganh" } },
    } } },
  { name = "a period ending before TT 01/2024 (2023-12-14): no form, not_in_force",
    call = "report.forms", input = { on = "2023-12-14" },
    expect = { forms = {}, problems = { { code = "not_in_force" } } } },
  { name = "forms for a malformed day: bad_period",
    call = "report.forms", input = { on = "2026-02-30" },
    expect = { forms = {}, problems = { { code = "bad_period" } } } },

  -- Checks.
  { name = "consistent figures: every check ok, per scope, with the numbers in the text",
    call = "report.checks", input = figures(),
    expect = { checks = {
      { name = "hanh_chinh.inspections_total_by_start", ok = true,
        text = "Thanh tra hành chính: Tổng số cuộc thanh tra (30) = kỳ trước chuyển sang (12) + triển khai trong kỳ (18)" },
      { name = "hanh_chinh.inspections_total_by_mode", ok = true,
        text = "Thanh tra hành chính: Tổng số cuộc thanh tra (30) = theo kế hoạch (20) + đột xuất (10) + thường xuyên (0)" },
      { name = "hanh_chinh.inspections_concluded", ok = true,
        text = "Thanh tra hành chính: Số cuộc đã ban hành kết luận (20) không vượt quá tổng số cuộc thanh tra (30)" },
      { name = "hanh_chinh.subjects_in_violation", ok = true,
        text = "Thanh tra hành chính: Số đơn vị có vi phạm (31) không vượt quá số đơn vị được thanh tra (54)" },
      { name = "hanh_chinh.subjects_by_kind", ok = true,
        text = "Thanh tra hành chính: Số đơn vị được thanh tra (54) = tổ chức (54) + cá nhân (0)" },
      { name = "hanh_chinh.violations_money", ok = true,
        text = "Thanh tra hành chính: Tổng tiền vi phạm (1.535.400.000 đồng) = kiến nghị thu hồi (1.400.000.000 đồng) + kiến nghị xử lý khác về kinh tế (135.400.000 đồng)" },
      { name = "chuyen_nganh.inspections_total_by_start", ok = true,
        text = "Thanh tra chuyên ngành: Tổng số cuộc thanh tra (34) = kỳ trước chuyển sang (0) + triển khai trong kỳ (34)" },
      { name = "chuyen_nganh.inspections_total_by_mode", ok = true },
      { name = "chuyen_nganh.inspections_concluded", ok = true },
      { name = "chuyen_nganh.subjects_in_violation", ok = true },
      { name = "chuyen_nganh.subjects_by_kind", ok = true,
        text = "Thanh tra chuyên ngành: Số đơn vị được thanh tra (146) = tổ chức (100) + cá nhân (46)" },
      { name = "chuyen_nganh.violations_money", ok = true, text = "Thanh tra chuyên ngành: Tổng tiền vi phạm (0 đồng)" },
      { name = "penalty_decisions", ok = true,
        text = "Số quyết định xử phạt (846) = tổ chức (120) + cá nhân (726)" },
      { name = "penalty_fines", ok = true,
        text = "Tiền phạt theo quyết định (2.815.000.000 đồng) = tổ chức (2.000.000.000 đồng) + cá nhân (815.000.000 đồng)" },
    } } },
  { name = "total ≠ carried over + opened: a warning that says by how much",
    call = "report.checks", input = figures { ["hanh_chinh:inspections.opened"] = 13 },
    expect = { checks = checks_with { [1] = { name = "hanh_chinh.inspections_total_by_start", ok = false,
        text = "Thanh tra hành chính: Tổng số cuộc thanh tra (30) ≠ kỳ trước chuyển sang (12) + triển khai trong kỳ (13) = 25: chênh lệch 5 (cảnh báo: đối chiếu lại hồ sơ nguồn của các số liệu này)" } } } },
  { name = "a specialized total ≠ scheduled + unscheduled + regular: only the specialized check warns",
    call = "report.checks", input = figures { ["chuyen_nganh:inspections.regular"] = 2 },
    expect = { checks = checks_with { [8] = { name = "chuyen_nganh.inspections_total_by_mode", ok = false,
        text = "Thanh tra chuyên ngành: Tổng số cuộc thanh tra (34) ≠ theo kế hoạch (21) + đột xuất (13) + thường xuyên (2) = 36: chênh lệch 2 (cảnh báo: đối chiếu lại hồ sơ nguồn của các số liệu này)" } } } },
  { name = "violations money ≠ recovery + other handling: a warning in đồng that says what may explain it",
    call = "report.checks", input = figures { ["hanh_chinh:other_financial.recommended_vnd"] = 100000000 },
    expect = { checks = checks_with { [6] = { name = "hanh_chinh.violations_money", ok = false,
        text = "Thanh tra hành chính: Tổng tiền vi phạm (1.535.400.000 đồng) ≠ kiến nghị thu hồi (1.400.000.000 đồng) + kiến nghị xử lý khác về kinh tế (100.000.000 đồng) = 1.500.000.000 đồng: chênh lệch 35.400.000 đồng (cảnh báo: một phần sai phạm có thể không được kiến nghị xử lý về kinh tế, hoặc nguồn ghi thiếu một khoản; đối chiếu kết luận thanh tra)" } } } },
  { name = "a source that gives the recovery but no violation amount: the check holds and says it did not compare",
    call = "report.checks", input = figures { ["chuyen_nganh:recovery.recommended_vnd"] = 135400000 },
    expect = { checks = checks_with { [12] = { name = "chuyen_nganh.violations_money", ok = true,
        text = "Thanh tra chuyên ngành: Không có số liệu tổng tiền vi phạm; kiến nghị thu hồi (135.400.000 đồng) và kiến nghị xử lý khác về kinh tế (0 đồng) được báo cáo như nguồn ghi, không đối chiếu" } } } },
  { name = "decisions ≠ organizations + individuals",
    call = "report.checks", input = figures { ["penalty.decisions_individuals"] = 730 },
    expect = { checks = checks_with { [13] = { name = "penalty_decisions", ok = false,
        text = "Số quyết định xử phạt (846) ≠ tổ chức (120) + cá nhân (730) = 850: chênh lệch 4 (cảnh báo: đối chiếu lại hồ sơ nguồn của các số liệu này)" } } } },
  { name = "more subjects in violation than inspected, more concluded than total: both warn",
    call = "report.checks", input = figures { ["hanh_chinh:inspections.subjects_in_violation"] = 60, ["hanh_chinh:inspections.concluded"] = 38 },
    expect = { checks = checks_with {
      [3] = { ok = false, text = "Thanh tra hành chính: Số cuộc đã ban hành kết luận (38) vượt quá tổng số cuộc thanh tra (30) (cảnh báo: đối chiếu lại hồ sơ nguồn của các số liệu này)" },
      [4] = { ok = false, text = "Thanh tra hành chính: Số đơn vị có vi phạm (60) vượt quá số đơn vị được thanh tra (54) (cảnh báo: đối chiếu lại hồ sơ nguồn của các số liệu này)" } } } },
  { name = "no figures at all (an empty period): every check holds with zeros",
    call = "report.checks", input = {},
    expect = { checks = oks(14) } },
}
