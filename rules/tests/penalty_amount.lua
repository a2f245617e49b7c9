--- Test cases: penalty.fine_amount (numbers only, for bulk work) gives the same fine, frame and warning as
-- penalty.fine (with its explanation) on every combination of their inputs, and a few amounts worked out by hand.
--
-- Legal basis: as penalty/policy.lua. The grid: both violators × both stated_for × three frames × cap none, above
-- and the sector caps of penalty/sectors.lua (none, or each sector's maximum on 2025-03-01) × (warning allowed) or (not, minor or not) × 0–2 mitigating × 0–2 aggravating.

local policy = require "penalty.policy"
local sectors = require "penalty.sectors"

local DAY = "2025-03-01"
local sector_codes = { false }
for code in pairs(sectors.list) do sector_codes[#sector_codes + 1] = code end
table.sort(sector_codes, function(a, b) return tostring(a) < tostring(b) end)

local cases = {
  -- By hand: frame 4.000.000–8.000.000 stated for organizations; an individual gets half: 2.000.000–4.000.000.
  { name = "fine_amount_of: individual, frame stated for organizations, no circumstances: the average of the half",
    call = "penalty.fine_amount_of",
    input = { violator = "individual", stated_for = "organization", frame_min_vnd = 4000000, frame_max_vnd = 8000000,
              warning_allowed = false, minor = false, mitigating = 0, aggravating = 0 },
    expect = { fine_vnd = 3000000, frame_min_vnd = 2000000, frame_max_vnd = 4000000, warning = false } },
  -- 18.000.000–20.000.000 for an individual; an organization 36.000.000–40.000.000, capped at 37.000.000;
  -- two aggravating: the maximum of the capped frame.
  { name = "fine_amount_of: organization, capped frame, two aggravating: the cap",
    call = "penalty.fine_amount_of",
    input = { violator = "organization", stated_for = "individual", frame_min_vnd = 18000000,
              frame_max_vnd = 20000000, cap_vnd = 37000000, warning_allowed = false, minor = false,
              mitigating = 0, aggravating = 2 },
    expect = { fine_vnd = 37000000, frame_min_vnd = 36000000, frame_max_vnd = 37000000, warning = false } },
  { name = "fine_amount_of: warning allowed and one mitigating: a warning",
    call = "penalty.fine_amount_of",
    input = { violator = "individual", stated_for = "individual", frame_min_vnd = 100000, frame_max_vnd = 300000,
              warning_allowed = true, minor = false, mitigating = 1, aggravating = 0 },
    expect = { fine_vnd = 0, warning = true } },
}

-- Every STRIDE-th combination of the grid becomes a case (a prime, so every dimension varies); set STRIDE = 1
-- to check the whole grid (about 1 900 cases) after changing penalty/amount.lua or penalty/policy.lua.
local STRIDE = 23
local combination = 0

local frames = { { 100000, 300000 }, { 18000000, 20000000 }, { 60000000, 100000000 } }
local kinds = { "individual", "organization" }
for _, violator in ipairs(kinds) do
  for _, stated_for in ipairs(kinds) do
    for _, frame in ipairs(frames) do
      for _, sector in ipairs(sector_codes) do
        local cap = sector and sectors.max_for(sectors.get(sector), violator, DAY) or false
        for _, warning_allowed in ipairs({ false, true }) do
          for _, minor in ipairs(warning_allowed and { false } or { false, true }) do
            for m = 0, 2 do
              for a = 0, 2 do
                local expected = policy.fine{
                  violator = violator, stated_for = stated_for, frame_min_vnd = frame[1], frame_max_vnd = frame[2],
                  warning_allowed = warning_allowed, minor = minor, mitigating = m, aggravating = a,
                  sector = sector or nil, on = DAY,
                }
                combination = combination + 1
                if combination % STRIDE == 0 then cases[#cases + 1] = {
                  name = string.format("fine_amount_of = fine: %s, frame for %s %d–%d, sector %s (cap %s), warning %s, minor %s, M%d A%d",
                    violator, stated_for, frame[1], frame[2], tostring(sector), tostring(cap), tostring(warning_allowed), tostring(minor), m, a),
                  call = "penalty.fine_amount_of",
                  input = { violator = violator, stated_for = stated_for, frame_min_vnd = frame[1], frame_max_vnd = frame[2],
                            cap_vnd = cap or nil, warning_allowed = warning_allowed, minor = minor,
                            mitigating = m, aggravating = a },
                  expect = { fine_vnd = expected.fine_vnd, frame_min_vnd = expected.frame_min_vnd,
                             frame_max_vnd = expected.frame_max_vnd, warning = expected.warning },
                } end
              end
            end
          end
        end
      end
    end
  end
end

return cases
