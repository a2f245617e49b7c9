--- Loads the pack's test files for the host's test runner (`thanhtra rules test`, `swift test`).
--
-- Legal basis: none. Test files live in tests/*.lua and return a list of cases (docs/rule-contract.md,
-- "Tests"); the host calls `tests.load("tests.penalty_fines")` to get that list.

local say = require "lib.say"
local M = {}

--- The cases of the test module `name` ("tests.<file>").
function M.load(name)
  if type(name) ~= "string" or not name:match("^tests%.[%w_]+$") then
    say.error(1, "tests.load: expected a module name such as \"tests.penalty_fines\", got " .. tostring(name),
      "tests.load: cần tên một mô-đun như \"tests.penalty_fines\", không phải " .. tostring(name))
  end
  return require(name)
end

--- An expected list that must contain each of `items` (each matched as a subset, in any position), whatever
-- else it holds: `expect = { entries = testing.includes{ { code = "ND12-2022-D9-K2" } } }` keeps passing when a
-- real entry is added to the sector, where a plain list would have to name every entry.
function M.includes(items)
  return { ["*includes"] = items }
end

return M
