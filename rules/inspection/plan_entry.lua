--- Writing the entries of a year's plan (inspection/plans/<year>.lua): `entry{ key = "2026-01", … }` refuses a key
-- the host does not read, at the line of `entry{` with the key it most likely meant (lib/strict.lua), so a misspelt
-- `lead_unti` cannot silently leave an inspection without its lead unit.
--
-- Legal basis: none (a tool for the plan files). The keys are those of docs/rule-contract.md "inspection.plan".

local strict = require "lib.strict"

return strict.record({ "plan entry", "mục kế hoạch" }, {
  key = true, subjects = true, content = true, field = true, category = true, level = true, period = true,
  lead_unit = true, onsite_days = true,
})
