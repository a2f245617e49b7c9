--- The approved inspection plan for 2026 (sample): fixed entries plus entries picked by risk from the view.
--
-- Legal basis: Luật Thanh tra 84/2025/QH15 (in force 2025-07-01): the annual plan of the province (kế hoạch
-- thanh tra), one notion "thanh tra", carried out by Thanh tra tỉnh; Chỉ thị 20/CT-TTg 2017: each enterprise at
-- most once in the year, so no subject appears twice. Codes: inspection/regimes.lua (luat_2025).
-- Effective: 2026-01-01 … 2026-12-31. Sample data: the subjects of scripts/sample-data/subjects.tsv.
-- Keys are stable within the year: fixed entries "2026-01" …; picked entries "2026-R-<identifier>".

local settings = require "inspection.settings"
local risk = require "inspection.plan_risk"
local entry = require "inspection.plan_entry"

local FIXED = {
  entry{ key = "2026-01", subjects = { "0309876543" },
    content = "Việc chấp hành pháp luật về an toàn thực phẩm", field = "an_toan_thuc_pham",
    category = "thanh_tra", level = "thanh_tra_tinh", period = "2026-Q1",
    lead_unit = "Phòng Thanh tra 1", onsite_days = 30 },
  entry{ key = "2026-02", subjects = { "0401122334" },
    content = "Việc chấp hành pháp luật về hóa đơn, chứng từ", field = "hoa_don",
    category = "thanh_tra", level = "thanh_tra_tinh", period = "2026-04",
    lead_unit = "Phòng Thanh tra 2", onsite_days = 30 },
  entry{ key = "2026-03", subjects = { "2300456789" },
    content = "Việc quản lý, sử dụng đất được Nhà nước giao, cho thuê", field = "dat_dai",
    category = "thanh_tra", level = "thanh_tra_tinh", period = "2026-Q2",
    lead_unit = "Phòng Thanh tra 3", onsite_days = 45 },
  entry{ key = "2026-04", subjects = { "0101234567" },
    content = "Việc chấp hành pháp luật về đầu tư xây dựng, nghiệm thu, quyết toán công trình",
    field = "dau_tu_xay_dung", category = "thanh_tra", level = "thanh_tra_tinh", period = "2026-09",
    lead_unit = "Phòng Thanh tra 1", onsite_days = 45 },
}

--- The entries of the plan for the view `request` (docs/rule-contract.md "inspection.plan").
return function(request)
  local entries, taken = {}, {}
  for _, e in ipairs(FIXED) do
    local copy = {}
    for k, v in pairs(e) do copy[k] = v end
    copy.subjects = { table.unpack(e.subjects) }
    entries[#entries + 1] = copy
    for _, id in ipairs(e.subjects) do taken[id] = true end
  end
  -- Risk-picked: organizations not inspected in the last two years (settings.plan_lookback_years), best
  -- settings.plan_risk_picks of them, in the fourth quarter.
  local candidates = risk.rank(request, taken)
  for i = 1, math.min(settings.plan_risk_picks, #candidates) do
    local id = candidates[i].subject.identifier
    entries[#entries + 1] = entry{ key = "2026-R-" .. id, subjects = { id },
      content = "Việc chấp hành pháp luật về thuế, hóa đơn (chọn theo mức rủi ro)", field = "hoa_don",
      category = "thanh_tra", level = "thanh_tra_tinh", period = "2026-Q4",
      lead_unit = "Phòng Thanh tra 4", onsite_days = 30 }
  end
  return entries
end
