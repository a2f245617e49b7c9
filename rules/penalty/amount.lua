--- The fine of one violation: the arithmetic, written once. penalty/policy.lua tells the same computation as
-- cited steps (for a decision, a preview, `rules explain`) from what this function returns; bulk work (`rules
-- diff`, recomputation, the benchmark) reads only the first four results.
--
-- Legal basis: Luật XLVPHC Điều 22, 23 k4, 24 k1–k2; NĐ 118/2021 Điều 9 k1 (sources in penalty/policy.lua), with
-- the settings of penalty/settings.lua. Integer arithmetic only; every division is `//`, rounding down (in the
-- violator's favour).

local say = require "lib.say"
local settings = require "penalty.settings"
local violators = require "penalty.violators"

local basis_of = violators.basis

local M = {}

--- fine_amount(violator, stated_for, frame_min_vnd, frame_max_vnd, cap_vnd, warning_allowed, minor,
--                mitigating, aggravating)
--   → fine_vnd, frame_min_vnd, frame_max_vnd, warning, reason, offset, average_vnd, scaled_min_vnd, scaled_max_vnd
--
-- violator: a kind of penalty/violators.lua ("individual", "organization", "household"…), fined under the frame its
-- kind is fined under (violators.basis); stated_for: "individual" or "organization"; cap_vnd: the sector maximum for this violator on the
-- day (nil or false for none); mitigating, aggravating: counts of circumstances. Positional arguments, so a host
-- calls it without building a table.
--
-- The results after the first four explain how the fine was reached: `reason` is "minor" or "mitigated_warning"
-- (a warning, Điều 22), "two_mitigating", "two_aggravating", "one_mitigating", "one_aggravating", "both" (two or
-- more of each, when they are not offset) or "average"; `offset` is how many mitigating circumstances offset as many
-- aggravating ones (NĐ 118 Điều 9 k1 a); `average_vnd` the frame's average; `scaled_min_vnd`, `scaled_max_vnd` the
-- frame after ×2 or ½ (Điều 24 k2) and before the sector cap.
local function fine_amount(violator, stated_for, min, max, cap, warning_allowed, minor, m, a)
  violator = basis_of(violator)                    -- a household business: as an individual (violators.lua)
  if violator == "organization" and stated_for == "individual" then
    min, max = min * 2, max * 2                    -- Điều 24 k2
  elseif violator == "individual" and stated_for == "organization" then
    min, max = min // 2, max // 2                  -- ½, rounded down (all frames in the catalog are even amounts)
  end
  local scaled_min, scaled_max = min, max
  if cap and max > cap then                        -- Điều 24 k1
    max = cap
    if min > cap then min = cap end
  end
  if minor and (settings.minor_warning_any_violation or warning_allowed) then
    return 0, min, max, true, "minor", 0, nil, scaled_min, scaled_max
  end
  m, a = m or 0, a or 0
  if warning_allowed and m >= 1 then               -- Điều 22
    return 0, min, max, true, "mitigated_warning", 0, nil, scaled_min, scaled_max
  end
  local average = (min + max) // 2                 -- Điều 23 k4
  local offset = 0
  if settings.count_after_offsetting then          -- NĐ 118 Điều 9 k1 a
    offset = m < a and m or a
  end
  local net_m, net_a = m - offset, a - offset
  local fine, reason = average, "average"
  if net_m >= 2 and net_a < 2 then                 -- NĐ 118 Điều 9 k1 b
    fine, reason = min, "two_mitigating"
  elseif net_a >= 2 and net_m < 2 then
    fine, reason = max, "two_aggravating"
  elseif net_m == 1 and net_a == 0 or net_a == 1 and net_m == 0 then
    local bound = net_m == 1 and min or max
    reason = net_m == 1 and "one_mitigating" or "one_aggravating"
    local choice = settings.one_circumstance
    if choice == "bound" then
      fine = bound
    elseif choice == "halfway" then
      fine = (average + bound) // 2                -- halfway between the average and the bound, rounded down
    elseif choice ~= "average" then
      say.error(1, "penalty.settings.one_circumstance must be \"halfway\", \"average\" or \"bound\", got " .. tostring(choice),
        "penalty.settings.one_circumstance phải là \"halfway\", \"average\" hoặc \"bound\", không phải " .. tostring(choice))
    end
  elseif net_m >= 2 and net_a >= 2 then
    reason = "both"
  end
  return fine, min, max, false, reason, offset, average, scaled_min, scaled_max
end

M.fine_amount = fine_amount

--- fine_amount_of{ violator, stated_for, frame_min_vnd, frame_max_vnd, cap_vnd, warning_allowed, minor,
--                  mitigating, aggravating } → { fine_vnd, frame_min_vnd, frame_max_vnd, warning }
-- The same computation for a caller that holds a table (rule tests, the benchmark's C baseline).
function M.fine_amount_of(t)
  local fine, min, max, warning = fine_amount(t.violator, t.stated_for, t.frame_min_vnd, t.frame_max_vnd, t.cap_vnd,
    t.warning_allowed, t.minor, t.mitigating, t.aggravating)
  return { fine_vnd = fine, frame_min_vnd = min, frame_max_vnd = max, warning = warning }
end

return M
