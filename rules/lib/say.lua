--- The errors the pack raises itself, in the two languages of its readers.
--
-- Legal basis: none (a tool for every file of the pack). The staff and the rule authors read Vietnamese; scripts,
-- golden files and `--lang en` read English. A pack error is one string (Lua's `error` carries one value), so it
-- carries both as tagged lines, which the host splits (Sources/Rules RuleError+AuthorText):
--
--   <English message>
--   vi: <the same in Vietnamese>
--   help: <what to do, in English>          (optional)
--   gợi ý: <what to do, in Vietnamese>      (optional)
--
-- The pack words its own errors rather than the host mapping English texts: only the rule author knows what a
-- message means, a host table of the pack's sentences would break at the first edited message, and a pack
-- replaced by `rules propose` brings its own words with it. Usage:
--
--   local say = require "lib.say"
--   say.error(1, "report.money.million: rounding must be \"half_up\" or \"down\", got " .. tostring(r),
--     "report.money.million: cách làm tròn phải là \"half_up\" hoặc \"down\", không phải " .. tostring(r))

local M = {}

--- The text of an error in both languages: the English message, the Vietnamese one, then the hints when given.
function M.text(english, vietnamese, hint, hint_vi)
  local text = english .. "\nvi: " .. vietnamese
  if hint ~= nil then text = text .. "\nhelp: " .. hint end
  if hint_vi ~= nil then text = text .. "\ngợi ý: " .. hint_vi end
  return text
end

--- Raises `M.text(english, vietnamese, hint, hint_vi)` at `level` as Lua's `error` counts it from the caller
-- (1: the line that called `say.error`, 2: its caller's call; 0: no position added).
function M.error(level, english, vietnamese, hint, hint_vi)
  error(M.text(english, vietnamese, hint, hint_vi), level == 0 and 0 or level + 1)
end

return M
