--- Money formatting for explanations: Vietnamese thousands separators ("15.000.000 đ").
--
-- Legal basis: none (presentation only). Effective: always.

local M = {}

--- "15.000.000 đ" for 15000000. Integers only.
function M.vnd(amount)
  local digits = tostring(amount)
  local sign = ""
  if digits:sub(1, 1) == "-" then sign, digits = "-", digits:sub(2) end
  local out = digits:reverse():gsub("(%d%d%d)", "%1."):reverse()
  if out:sub(1, 1) == "." then out = out:sub(2) end
  return sign .. out .. " đ"
end

return M
