--- Money formatting for explanations: Vietnamese thousands separators ("15.000.000 đ").
--
-- Legal basis: none (presentation only). Effective: always.

local M = {}

-- Texts already made, by amount: fines repeat (a frame's minimum, average and maximum), and formatting is the
-- costliest part of an explanation. At most CACHE_LIMIT amounts are kept, so memory stays bounded.
local cache, cached, CACHE_LIMIT = {}, 0, 4096

--- "15.000.000 đ" for 15000000. Integers only.
function M.vnd(amount)
  local text = cache[amount]
  if text then return text end
  local digits = tostring(amount)
  local sign = ""
  if digits:sub(1, 1) == "-" then sign, digits = "-", digits:sub(2) end
  local out = digits:reverse():gsub("(%d%d%d)", "%1."):reverse()
  if out:sub(1, 1) == "." then out = out:sub(2) end
  text = sign .. out .. " đ"
  if cached < CACHE_LIMIT and math.type(amount) == "integer" then
    cache[amount], cached = text, cached + 1
  end
  return text
end

return M
