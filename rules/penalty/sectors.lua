--- Sectors (lĩnh vực): the maximum fine for an individual (Điều 24 k1) and the limitation period (Điều 6).
--
-- Legal basis: Luật XLVPHC Điều 24 k1 (as amended by Luật 67/2020/QH14, in force 2022-01-01); Điều 6 k1
-- (as amended 2020, and by Luật 88/2025/QH15 from 2025-07-01).
-- Sources: Điều 24 tiers https://hatinh24h.com.vn/chu-tich-xa-truong-cong-an-xa-co-tham-quyen-xu-phat-hanh-chinh-the-nao-a189981.html
--   Điều 6 (2020) https://luatvietnam.vn/hanh-chinh/thoi-hieu-xu-phat-vi-pham-hanh-chinh-570-90042-article.html
--   Điều 6 (2025) https://caobang.dms.gov.vn/tin-chi-tiet/-/chi-tiet/nhung-diem-moi-luat-sua-doi-bo-sung-luat-xlvphc-5420-1129.html
-- Organizations: the maximum is twice the individual's (Điều 24 k2; the ×2 principle is CONFIRMED, the clause
-- text PARTIAL — legal-vn.md §1.2).
-- Limitation: 1 year in general, 2 years for the sectors listed in Điều 6 k1 a. Each sector lists its periods
-- by effective date; the one in force on the day the violation was committed applies (a longer limitation
-- is not favourable to the violator, so a later law does not lengthen it retroactively — Điều 156 k4 Luật Ban
-- hành VBQPPL 2015, see penalty/leniency.lua; our reading).

local settings = require "penalty.settings"
local violators = require "penalty.violators"

-- Globals read for every case, kept as locals: once the pack is loaded the host freezes the globals, and each
-- read of a global then goes through the frozen table's metatable (rules diff reads them millions of times).
local compare_dates, ipairs = thanhtra.compare_dates, ipairs

local M = {}

-- max_individual_vnd = nil where the tier is UNCONFIRMED (legal-vn.md §1.3): no cap is applied and competence
-- by share of the maximum cannot be computed (reported as no competence).
M.list = {
  hoa_don = { title = "Hóa đơn", max_individual_vnd = 50000000,       -- Điều 24 k1 c) 50 trđ
    limitation = { { from = "2013-07-01", years = 2 } },              -- Điều 6 k1 a: "hóa đơn"
  },
  ke_toan = { title = "Kế toán", max_individual_vnd = 50000000,       -- Điều 24 k1 c)
    limitation = { { from = "2013-07-01", years = 2 } },              -- Điều 6 k1 a: "kế toán"
  },
  giao_thong_duong_bo = { title = "Giao thông đường bộ", max_individual_vnd = 40000000,   -- Điều 24 k1 b) 40 trđ
    -- From 2025-01-01 (Luật Trật tự, an toàn giao thông đường bộ 2024 and NĐ 168/2024) 75 trđ: UNCONFIRMED,
    -- inferred from NĐ 168/2024 Điều 44 competence amounts 37,5 / 52,5 / 75 trđ = 50 / 70 / 100 % of 75 trđ
    -- (https://luat.gtdb.app/nghi-dinh-168/chuong-3/muc-1/dieu-44) and from NĐ 168 frames up to 70 trđ
    -- (Điều 6 k13), which a 40 trđ maximum would not allow.
    max = { { from = "2025-01-01", max_individual_vnd = settings.road_traffic_max_from_2025_vnd } },
    limitation = { { from = "2013-07-01", years = 1 } },              -- not in the 2-year list
  },
  lao_dong = { title = "Lao động", max_individual_vnd = 75000000,     -- Điều 24 k1 d) 75 trđ
    limitation = { { from = "2013-07-01", years = 1 } },              -- "quản lý lao động ngoài nước" only is 2 years
  },
  khieu_nai_to_cao = { title = "Khiếu nại, tố cáo, kiến nghị, phản ánh", max_individual_vnd = nil,  -- tier UNCONFIRMED
    limitation = {
      { from = "2013-07-01", years = 1 },
      { from = "2025-07-01", years = 2 },                             -- added to the 2-year list by Luật 88/2025
    },
  },
}

--- The sector `code`, or nil.
function M.get(code) return M.list[code] end

--- The limitation rule { years, from } of `sector` in force on `day`.
function M.limitation(sector, day)
  local periods = sector.limitation
  if periods[2] == nil then return periods[1] end   -- one rule for every day (most sectors)
  local chosen
  for _, period in ipairs(periods) do
    if compare_dates(period.from, day) <= 0 then chosen = period end
  end
  return chosen or periods[1]
end

--- The maximum fine for an individual in `sector` on `day`, or nil when unknown.
local NO_PERIODS = {}   -- a sector whose maximum never changed (shared, never filled: asked for every violation)

function M.max_individual(sector, day)
  local amount = sector.max_individual_vnd
  for _, period in ipairs(sector.max or NO_PERIODS) do
    if compare_dates(period.from, day) <= 0 then amount = period.max_individual_vnd end
  end
  return amount
end

--- The maximum fine in `sector` on `day` for `violator` (a kind of penalty/violators.lua), or nil when unknown.
function M.max_for(sector, violator, day)
  local amount = M.max_individual(sector, day)
  if amount == nil then return nil end
  if violators.basis(violator) == "organization" then return amount * 2 end   -- Điều 24 k2: organizations ×2
  return amount
end

return M
