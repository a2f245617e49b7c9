--- Money and land in report wording: "2,815 tỷ đồng", "10,3 triệu đồng", "500.000 đồng", "123,45 m²", rates
-- ("68,9%"), and the triệu đồng of the official forms.
--
-- Legal basis: none (presentation). The forms print triệu đồng ("Tr.đ", TT 01/2024/TT-TTCP; legal-vn.md §3.3);
-- rounding of form values follows report/settings.lua `million_vnd_decimals`, `million_vnd_rounding`.
-- Vietnamese numbers group thousands with "." and use "," as the decimal mark. Integer arithmetic only.
--
-- Narrative wording (`words`): exact by default, as officials write amounts (`words_exact`: tỷ or triệu with up
-- to three decimals when that is exact, else đồng). With report/settings.lua `narrative_round_money`, rounded
-- down, never up, so that the text never claims more than the figure (`words_rounded`):
--   ≥ 1 tỷ                  tỷ with one decimal        2.800.000.000 → "2,8 tỷ đồng"; 2.850.000.000 → "hơn 2,8 tỷ đồng"
--   10 triệu … < 1 tỷ       whole triệu                135.400.000 → "hơn 135 triệu đồng"; 135.000.000 → "135 triệu đồng"
--   1 triệu … < 10 triệu    triệu with one decimal     1.500.000 → "1,5 triệu đồng"; 1.550.000 → "hơn 1,5 triệu đồng"
--   < 1 triệu               exact đồng                 500.000 → "500.000 đồng"
-- "hơn" is said whenever rounding down dropped something; a ",0" decimal is not printed.

local say = require "lib.say"
local M = {}

--- 10 to the power `n`, as an integer (`^` gives floats).
local function pow10(n)
  local r = 1
  for _ = 1, n do r = r * 10 end
  return r
end

--- "1.500.000" for 1500000: digits grouped by three with dots.
function M.group(n)
  local digits = tostring(n)
  local sign = ""
  if digits:sub(1, 1) == "-" then sign, digits = "-", digits:sub(2) end
  local out = digits:reverse():gsub("(%d%d%d)", "%1."):reverse()
  if out:sub(1, 1) == "." then out = out:sub(2) end
  return sign .. out
end

--- "1.500.000 đồng".
function M.dong(n)
  return M.group(n) .. " đồng"
end

--- `units` units and `decimals` decimal digits as "12,3" (decimal digits after the comma, trailing zeros cut).
local function decimal(whole, fraction, decimals)
  if decimals == 0 or fraction == 0 then return M.group(whole) end
  local digits = string.format("%0" .. decimals .. "d", fraction):gsub("0+$", "")
  return M.group(whole) .. "," .. digits
end

--- `amount` divided by `unit`, kept to `decimals` decimals, rounded down: text and whether something was dropped.
local function scaled_down(amount, unit, decimals)
  local factor = pow10(decimals)
  local step = unit // factor
  local kept = amount // step
  return decimal(kept // factor, kept % factor, decimals), kept * step < amount
end

--- The narrative wording of `amount` đồng rounded down (settings.narrative_round_money): per the table in the
-- header, "hơn" whenever rounding dropped something.
function M.words_rounded(amount)
  local text, dropped, unit
  if amount >= 1000000000 then
    text, dropped = scaled_down(amount, 1000000000, 1)
    unit = " tỷ đồng"
  elseif amount >= 10000000 then
    text, dropped = scaled_down(amount, 1000000, 0)
    unit = " triệu đồng"
  elseif amount >= 1000000 then
    text, dropped = scaled_down(amount, 1000000, 1)
    unit = " triệu đồng"
  else
    return M.dong(amount)
  end
  return (dropped and "hơn " or "") .. text .. unit
end

--- `amount` in `unit` đồng when exact with at most three decimals ("10,3"), else nil.
local function exact_in(amount, unit)
  local step = unit // 1000
  if amount % step ~= 0 then return nil end
  local kept = amount // step
  return decimal(kept // 1000, kept % 1000, 3)
end

--- The narrative wording of `amount` đồng (an integer ≥ 0) as officials write it, exact: in tỷ when exact to
-- three decimals (2.815.000.000 → "2,815 tỷ đồng"), else in triệu when exact to three decimals (10.300.000 →
-- "10,3 triệu đồng"; 2.835.400.000 → "2.835,4 triệu đồng"), else in đồng ("1.234.567 đồng", "500.000 đồng").
function M.words_exact(amount)
  if amount >= 1000000000 then
    local text = exact_in(amount, 1000000000)
    if text then return text .. " tỷ đồng" end
  end
  if amount >= 1000000 then
    local text = exact_in(amount, 1000000)
    if text then return text .. " triệu đồng" end
  end
  return M.dong(amount)
end

--- The narrative wording of `amount` đồng: exact (`words_exact`) unless `round` is true (`words_rounded`).
function M.words(amount, round)
  if round then return M.words_rounded(amount) end
  return M.words_exact(amount)
end

--- `part` as a percentage of `whole` with one decimal, rounded half up: "68,9%"; nil when `whole` is 0.
-- Integer arithmetic: per-mille of the ratio, rounded half up.
function M.percent(part, whole)
  if whole == nil or whole == 0 then return nil end
  local permille = (part * 1000 * 2 + whole) // (2 * whole)
  return decimal(permille // 10, permille % 10, 1) .. "%"
end

--- A form value in triệu đồng: `decimals` decimals, rounding "half_up" or "down" (report/settings.lua).
function M.million(amount, decimals, rounding)
  local factor = pow10(decimals)
  local step = 1000000 // factor
  local kept
  if rounding == "half_up" then
    kept = (amount + step // 2) // step
  elseif rounding == "down" then
    kept = amount // step
  else
    say.error(1, "report.money.million: rounding must be \"half_up\" or \"down\", got " .. tostring(rounding),
      "report.money.million: cách làm tròn phải là \"half_up\" hoặc \"down\", không phải " .. tostring(rounding))
  end
  if decimals == 0 then return M.group(kept) end
  return M.group(kept // factor) .. "," .. string.format("%0" .. decimals .. "d", kept % factor)
end

--- Land in m² from dm² (1 m² = 100 dm²), exact: 12345 → "123,45 m²", 500 → "5 m²".
function M.m2(dm2)
  return decimal(dm2 // 100, dm2 % 100, 2) .. " m²"
end

return M
