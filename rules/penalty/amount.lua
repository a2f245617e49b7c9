--- The fine of one violation as numbers only: the arithmetic of penalty.policy.fine without its explanation,
-- for bulk work (`rules diff`, recomputation, the benchmark) where the host needs the amount and not the steps.
--
-- Legal basis: as penalty/policy.lua (Luật XLVPHC Điều 22, 23 k4, 24 k1–k2; NĐ 118/2021 Điều 9 k1), with the
-- same settings (penalty/settings.lua). tests/penalty_amount.lua checks that both give the same fine, frame and
-- warning on every combination of their inputs; change them together.

local settings = require "penalty.settings"

local M = {}

--- fine_amount(violator, stated_for, frame_min_vnd, frame_max_vnd, cap_vnd, warning_allowed, minor,
--                mitigating, aggravating) → fine_vnd, frame_min_vnd, frame_max_vnd, warning
--
-- violator, stated_for: "individual" or "organization"; cap_vnd: the sector maximum for this violator on the
-- day (nil or false for none); mitigating, aggravating: counts of circumstances. Positional arguments, so a host
-- calls it without building a table.
local function fine_amount(violator, stated_for, min, max, cap, warning_allowed, minor, m, a)
  if violator == "organization" and stated_for == "individual" then
    min, max = min * 2, max * 2                    -- Điều 24 k2
  elseif violator == "individual" and stated_for == "organization" then
    min, max = min // 2, max // 2
  end
  if cap and max > cap then                        -- Điều 24 k1
    max = cap
    if min > cap then min = cap end
  end
  if minor and (settings.minor_warning_any_violation or warning_allowed) then return 0, min, max, true end
  m, a = m or 0, a or 0
  if warning_allowed and m >= 1 then return 0, min, max, true end   -- Điều 22
  local average = (min + max) // 2                 -- Điều 23 k4
  local net_m, net_a = m, a
  if settings.count_after_offsetting then          -- NĐ 118 Điều 9 k1 a
    local k = m < a and m or a
    net_m, net_a = m - k, a - k
  end
  local fine = average
  if net_m >= 2 and net_a < 2 then                 -- NĐ 118 Điều 9 k1 b
    fine = min
  elseif net_a >= 2 and net_m < 2 then
    fine = max
  elseif net_m == 1 and net_a == 0 or net_a == 1 and net_m == 0 then
    local bound = net_m == 1 and min or max
    local choice = settings.one_circumstance
    if choice == "bound" then
      fine = bound
    elseif choice == "halfway" then
      fine = (average + bound) // 2
    elseif choice ~= "average" then
      error("penalty.settings.one_circumstance must be \"halfway\", \"average\" or \"bound\", got " .. tostring(choice))
    end
  end
  return fine, min, max, false
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
