--- Penalty rules (xử phạt vi phạm hành chính): the entry points of docs/rule-contract.md "Penalty".
--
-- Legal basis: Luật Xử lý vi phạm hành chính 15/2012/QH13 as amended by Luật 67/2020/QH14 (in force
-- 2022-01-01) and Luật 88/2025/QH15 (in force 2025-07-01); Nghị định 118/2021/NĐ-CP; the sector decrees of
-- penalty/catalog. Each module cites its articles and sources; every open or unconfirmed choice is in
-- penalty/settings.lua. Effective: cases decided from 2022-01-01.

local catalog = require "penalty.catalog"
local versions = require "penalty.catalog.versions"
local assessment = require "penalty.assessment"
local circumstances = require "penalty.circumstances"
local policy = require "penalty.policy"
local payment = require "penalty.payment"
local competence = require "penalty.competence"
local sectors = require "penalty.sectors"
local amount = require "penalty.amount"
local violators = require "penalty.violators"

local M = {}

--- penalty.assess(request) → assessment (docs/rule-contract.md). Each violation is judged under the version of
-- its catalog entry in force on the violation date, or a more lenient one in force on the decision date
-- (penalty/leniency.lua).
function M.assess(request)
  return assessment.assess(catalog, request)
end

--- penalty.assess_with_catalog{ entries, request }: penalty.assess against the catalog entries given instead of
-- the bundled ones (not in the contract; for rule authors' tests of versions and for what-if questions).
-- `entries` are catalog entries as a decree file writes them (code, decree, article, clause, point, title, sector,
-- stated_for, frame_min_vnd, frame_max_vnd, warning_allowed, remedies, effective_from, effective_to, sanctioned,
-- succeeds); remedies and warning_allowed may be left out.
function M.assess_with_catalog(args)
  for _, entry in ipairs(args.entries) do
    entry.remedies = entry.remedies or {}
    if entry.warning_allowed == nil then entry.warning_allowed = false end
    if entry.sanctioned == false then entry.frame_min_vnd, entry.frame_max_vnd = 0, 0 end
  end
  return assessment.assess(versions.build{ { name = "assess_with_catalog entries", entries = args.entries } }, args.request)
end

--- penalty.fine(request): the fine policy alone for a frame given directly (not in the contract; for rule
-- authors' tests and what-if questions). request = { violator, sector, on, frame_min_vnd, frame_max_vnd,
-- stated_for, warning_allowed, minor, mitigating = n, aggravating = n }.
function M.fine(request) return policy.fine(request) end

M.payment_due = payment.payment_due
M.surcharge = payment.surcharge
M.check_installments = payment.check_installments
M.check_postponement = payment.check_postponement

--- penalty.fine_amount(violator, stated_for, frame_min_vnd, frame_max_vnd, cap_vnd, warning_allowed, minor,
-- mitigating, aggravating) → fine_vnd, frame_min_vnd, frame_max_vnd, warning; and penalty.fine_amount_of{ … }, the
-- same with a table: the fine as numbers only, for bulk work (penalty/amount.lua).
M.fine_amount = amount.fine_amount
M.fine_amount_of = amount.fine_amount_of

--- penalty.catalog{ on, sector } → { entries }: with `on`, the versions in force that day that sanction the act
-- (one per code); without, every version of every code, repeals (sanctioned = false) included.
function M.catalog(request)
  request = request or {}
  local entries = {}
  for _, entry in ipairs(catalog.entries) do
    local wanted = request.on == nil or (catalog.in_force(entry, request.on) and entry.sanctioned ~= false)
    if wanted and (request.sector == nil or entry.sector == request.sector) then
      entries[#entries + 1] = catalog.public(entry)
    end
  end
  return { entries = entries }
end

--- penalty.circumstances() → { mitigating, aggravating }
function M.circumstances()
  return { mitigating = circumstances.mitigating, aggravating = circumstances.aggravating }
end

--- penalty.sectors() → { sectors = { { code, title, max_individual_vnd, max = { { from, max_individual_vnd } } } } }
-- Read-only: the sector table of penalty/sectors.lua, sorted by code, for `thanhtra rules check`.
function M.sectors()
  local out = {}
  for code, sector in pairs(sectors.list) do
    local max = {}
    for _, period in ipairs(sector.max or {}) do
      max[#max + 1] = { from = period.from, max_individual_vnd = period.max_individual_vnd }
    end
    out[#out + 1] = { code = code, title = sector.title, max_individual_vnd = sector.max_individual_vnd, max = max }
  end
  table.sort(out, function(a, b) return a.code < b.code end)
  return { sectors = out }
end

--- penalty.violators() → { kinds = { { code, title, basis, setting } } }: every kind of violator a request may
-- name and the frame it is fined under (penalty/violators.lua).
M.violators = violators.list

--- penalty.lint() → { warnings }: the notes `rules check` prints on the penalty settings that are not confirmed law
-- (penalty/violators.lua).
M.lint = violators.lint

--- penalty.titles{ on } → { titles }
function M.titles(request)
  return { titles = competence.list(request.on) }
end

return M
