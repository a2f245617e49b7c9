--- The violation catalog: every version of every entry of the decree files below, indexed by code.
--
-- Legal basis: see each decree file (nd125_2020, nd168_2024, nd12_2022). An entry is in force on a day when
-- effective_from <= day and (effective_to == nil or day <= effective_to): effective_to is the LAST day. A code
-- may have several versions with periods that do not overlap, and may succeed another code (`succeeds`) across a
-- renumbering: penalty/catalog/versions.lua builds the index and refuses overlapping versions, naming the file
-- and line of both entries. Add a decree file by adding its module name here.

local versions = require "penalty.catalog.versions"

local FILES = {
  "penalty.catalog.nd125_2020",
  "penalty.catalog.nd168_2024",
  "penalty.catalog.nd12_2022",
}

local sources = {}
for _, name in ipairs(FILES) do
  sources[#sources + 1] = { name = "rules/" .. name:gsub("%.", "/") .. ".lua", entries = require(name) }
end

return versions.build(sources)
