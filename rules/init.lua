--- thanhtra rule pack for Việt Nam: the entry point.
--
-- The host runs this file in a sandbox and keeps the table it returns as the pack. Every legal number and list
-- (violation catalog, fine policy, deadlines, inspection plans, reporting periods and forms) lives in the
-- modules this file requires, each with its legal basis and effective dates; nothing legal is hard-coded in
-- the Swift core. See docs/writing-rules.md for the contract.
--
-- The pack's identity is the SHA-256 of its files (thanhtra rules check prints it); `version` below is only
-- a label for people.

local calendar = require "calendar"
local penalty = require "penalty"
local inspection = require "inspection"
local report = require "report"
local testing = require "lib.testing"

return {
  name = "vn",
  title = "Việt Nam — xử phạt vi phạm hành chính và thanh tra",
  version = "2026.11",
  time_zone = "Asia/Ho_Chi_Minh",

  -- The law's calendar (days off, working days, the roll-over of a last day) and the shared date helpers.
  calendar = calendar,

  -- Administrative penalties: docs/rule-contract.md "Penalty".
  penalty = penalty,

  -- Inspections: docs/rule-contract.md "Inspections".
  inspection = inspection,

  -- Reports: docs/rule-contract.md "Reports".
  report = report,

  -- Test files (tests/*.lua), loaded by the host's test runner.
  tests = testing,
}
