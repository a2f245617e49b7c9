--- Test cases: overlap (Chỉ thị 20/CT-TTg), finding classification and recovery, the 2026 plan.
--
-- Legal basis: Chỉ thị 20/CT-TTg 2017; NĐ 43/2023 Điều 91; TT 02/2021/TT-TTCP; Luật Thanh tra 2025 (plan).
-- Default settings: overlap_action = "warn", overlap_exempt_unscheduled = false; plan_lookback_years = 2,
-- plan_risk_picks = 2. The register below is scripts/sample-data/subjects.tsv (ids 1–8).

local REGISTER = {
  { id = 1, kind = "organization", identifier = "0101234567", name = "Công ty TNHH Xây dựng Hồng Hà" },
  { id = 2, kind = "organization", identifier = "0309876543", name = "Công ty Cổ phần Thực phẩm Sông Tiền" },
  { id = 3, kind = "organization", identifier = "0401122334", name = "Công ty TNHH Vận tải Biển Đông" },
  { id = 4, kind = "organization", identifier = "0101234567-001", name = "Chi nhánh Công ty TNHH Xây dựng Hồng Hà tại Bắc Ninh" },
  { id = 5, kind = "organization", identifier = "2300456789", name = "Hợp tác xã Nông nghiệp Yên Phong" },
  { id = 6, kind = "person", identifier = "001089012345", name = "Nguyễn Văn Minh" },
  { id = 7, kind = "person", identifier = "079190001234", name = "Trần Thị Thu Hương" },
  { id = 8, kind = "person", identifier = "048095006789", name = "Lê Đức Anh" },
}

local function register(extra, without)
  local out = {}
  for _, s in ipairs(REGISTER) do
    if s.identifier ~= without then out[#out + 1] = s end
  end
  for _, s in ipairs(extra or {}) do out[#out + 1] = s end
  return out
end

local NEW_ORG = { id = 9, kind = "organization", identifier = "0312345678", name = "Công ty TNHH Thương mại Phú An" }

local FIXED = {
  { key = "2026-01", subjects = { "0309876543" }, category = "thanh_tra", level = "thanh_tra_tinh", period = "2026-Q1" },
  { key = "2026-02", subjects = { "0401122334" }, period = "2026-04", onsite_days = 30 },
  { key = "2026-03", subjects = { "2300456789" }, field = "dat_dai", period = "2026-Q2", onsite_days = 45 },
  { key = "2026-04", subjects = { "0101234567" }, period = "2026-09" },
}
local function plus(...)
  local out = {}
  for _, e in ipairs(FIXED) do out[#out + 1] = e end
  for _, e in ipairs({ ... }) do out[#out + 1] = e end
  return out
end

local OTHER = { id = 4, mode = "scheduled", subject_ids = { 1 }, content = "Việc chấp hành pháp luật về hóa đơn",
                field = "hoa_don", opened_on = "2026-02-01" }

return {
  -- Overlap.
  { name = "overlap: same subject, same field, same year → warn with the collision",
    call = "inspection.overlap",
    input = { mode = "unscheduled", year = 2026, content = "Kiểm tra hóa đơn đầu vào", field = "hoa_don",
              subject_ids = { 1 }, others = { OTHER } },
    expect = { action = "warn", collisions = { { inspection_id = 4 } } } },
  { name = "overlap: same subject, different field → none",
    call = "inspection.overlap",
    input = { mode = "scheduled", year = 2026, content = "Việc chấp hành pháp luật về thuế", field = "thue",
              subject_ids = { 1 }, others = { OTHER } },
    expect = { action = "none", collisions = {} } },
  { name = "overlap: same content in a different year → none",
    call = "inspection.overlap",
    input = { mode = "scheduled", year = 2027, content = "Việc chấp hành pháp luật về hóa đơn", field = "hoa_don",
              subject_ids = { 1 }, others = { OTHER } },
    expect = { action = "none", collisions = {} } },
  { name = "overlap: no field, same content text up to case and spaces → warn",
    call = "inspection.overlap",
    input = { mode = "scheduled", year = 2026, content = "  việc chấp hành   pháp luật về hóa đơn ", subject_ids = { 1 },
              others = { { id = 7, mode = "scheduled", subject_ids = { 1, 2 }, content = "Việc chấp hành pháp luật về hóa đơn",
                           opened_on = "2026-05-04" } } },
    expect = { action = "warn", collisions = { { inspection_id = 7 } } } },
  { name = "overlap: same field but no common subject → none",
    call = "inspection.overlap",
    input = { mode = "scheduled", year = 2026, content = "Hóa đơn", field = "hoa_don", subject_ids = { 2 }, others = { OTHER } },
    expect = { action = "none", collisions = {} } },

  -- Classification.
  { name = "classify: a valid given category is kept",
    call = "inspection.classify", input = { description = "Chi sai chế độ", field = "thu_chi", category = "dat_dai" },
    expect = { category = "dat_dai", problems = {} } },
  { name = "classify: an unknown given category → problem",
    call = "inspection.classify", input = { description = "Chi sai chế độ", category = "tham_nhung" },
    expect = { problems = { { code = "unknown_finding_category" } } } },
  { name = "classify: field dau_tu_xay_dung → sai_quyet_toan",
    call = "inspection.classify", input = { description = "Nghiệm thu khống", field = "dau_tu_xay_dung" },
    expect = { category = "sai_quyet_toan", problems = {} } },
  { name = "classify: 'sai mục đích' in the description → su_dung_sai_muc_dich",
    call = "inspection.classify", input = { description = "Sử dụng kinh phí sự nghiệp sai mục đích", field = "tai_san_cong" },
    expect = { category = "su_dung_sai_muc_dich" } },
  { name = "classify: land comes first — 'sử dụng đất sai mục đích' → dat_dai",
    call = "inspection.classify", input = { description = "sử dụng đất sai mục đích" },
    expect = { category = "dat_dai" } },
  { name = "classify: 'chi sai' → thu_chi_sai",
    call = "inspection.classify", input = { description = "Chi sai chế độ công tác phí" },
    expect = { category = "thu_chi_sai" } },
  { name = "classify: nothing recognised → khac",
    call = "inspection.classify", input = { description = "Chậm nộp báo cáo định kỳ" },
    expect = { category = "khac", problems = {} } },

  -- Recovery.
  { name = "recovery: misused funds → recover in full to the budget",
    call = "inspection.recovery", input = { description = "…", category = "su_dung_sai_muc_dich", amount_vnd = 250000000 },
    expect = { recovery_vnd = 250000000, other_financial_vnd = 0, land_dm2 = 0 } },
  { name = "recovery: wrong settlement → other financial handling (giảm trừ quyết toán)",
    call = "inspection.recovery", input = { description = "Quyết toán vượt khối lượng", amount_vnd = 80000000 },
    expect = { recovery_vnd = 0, other_financial_vnd = 80000000, land_dm2 = 0 } },
  { name = "recovery: land → 12.000 dm² (120 m²) to recover",
    call = "inspection.recovery", input = { description = "Lấn chiếm đất công", category = "dat_dai", amount_vnd = 0, land_dm2 = 12000 },
    expect = { recovery_vnd = 0, other_financial_vnd = 0, land_dm2 = 12000 } },
  { name = "recovery: wrong revenue/expense by description → recover",
    call = "inspection.recovery", input = { description = "Chi sai chế độ công tác phí", amount_vnd = 15500000 },
    expect = { recovery_vnd = 15500000, other_financial_vnd = 0, land_dm2 = 0 } },
  { name = "recovery: khac → nothing proposed automatically",
    call = "inspection.recovery", input = { description = "Chậm nộp báo cáo", amount_vnd = 5000000 },
    expect = { recovery_vnd = 0, other_financial_vnd = 0, land_dm2 = 0 } },
  { name = "recovery: an unknown category → nothing",
    call = "inspection.recovery", input = { description = "…", category = "tham_nhung", amount_vnd = 5000000 },
    expect = { recovery_vnd = 0, other_financial_vnd = 0, land_dm2 = 0 } },

  -- The 2026 plan.
  { name = "plan 2026, sample register, no past inspections: 4 fixed entries + the branch picked by risk",
    call = "inspection.plan", input = { year = 2026, subjects = register(), past = {} },
    expect = { entries = plus({ key = "2026-R-0101234567-001", subjects = { "0101234567-001" }, period = "2026-Q4",
                                category = "thanh_tra", level = "thanh_tra_tinh" }),
               problems = {} } },
  { name = "plan 2026: two never-inspected organizations, ties by identifier → 6 entries",
    call = "inspection.plan", input = { year = 2026, subjects = register({ NEW_ORG }), past = {} },
    expect = { entries = plus({ key = "2026-R-0101234567-001" }, { key = "2026-R-0312345678" }), problems = {} } },
  { name = "plan 2026: the branch inspected in 2025 (within 2 years) is not a candidate",
    call = "inspection.plan",
    input = { year = 2026, subjects = register({ NEW_ORG }),
              past = { { id = 3, mode = "scheduled", subject_ids = { 4 }, content = "Hóa đơn", field = "hoa_don",
                         category = "thanh_tra", opened_on = "2025-03-01", concluded_on = "2025-05-20" } } },
    expect = { entries = plus({ key = "2026-R-0312345678" }), problems = {} } },
  { name = "plan 2026: the branch last inspected 2022-05-01 scores 30 and ranks after a never-inspected one",
    -- 2022-05-01 → 2026-01-01 = 1341 days, 1341 // 365 = 3 years → 30 < 100
    call = "inspection.plan",
    input = { year = 2026, subjects = register({ NEW_ORG }),
              past = { { id = 1, mode = "scheduled", subject_ids = { 4 }, content = "Thuế", field = "thue",
                         category = "hanh_chinh", opened_on = "2022-05-01", concluded_on = "2022-07-01" } } },
    expect = { entries = plus({ key = "2026-R-0312345678" }, { key = "2026-R-0101234567-001" }), problems = {} } },
  { name = "plan 2026: a fixed subject missing from the register → unknown_subject, entry left out",
    call = "inspection.plan", input = { year = 2026, subjects = register(nil, "2300456789"), past = {} },
    expect = { entries = { { key = "2026-01" }, { key = "2026-02" }, { key = "2026-04" }, { key = "2026-R-0101234567-001" } },
               problems = { { code = "unknown_subject" } } } },
  { name = "no plan for 2031",
    call = "inspection.plan", input = { year = 2031, subjects = register(), past = {} },
    expect = { entries = {}, problems = { { code = "no_plan" } } } },
}
