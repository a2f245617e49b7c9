--- Report rules (chế độ báo cáo): the entry points of docs/rule-contract.md "Reports".
--
-- Legal basis: Nghị định 09/2019/NĐ-CP (data cut-off of periodic reports); Thông tư 01/2024/TT-TTCP (periodic
-- inspection reports and their forms 01/TTr, 02/TTr). Each module cites its sources (legal-vn.md §3); every open
-- or UNCONFIRMED choice is in report/settings.lua. Figures are computed by the host under the names of
-- Sources/Casework/Reports/Figure.swift; the pack decides periods, forms, checks and the narrative.
-- Problem codes: bad_period, not_in_force (no form before settings.forms_from), unsupported_language.
-- Extra (not in the contract): `report.money` — words(vnd), words_exact(vnd), words_rounded(vnd),
-- percent({ part, whole }), million(vnd, decimals, rounding), m2(dm2), dong(vnd); `report.scopes`, `report.heading`,
-- `report.labels`, `report.bodies`.

local periods = require "report.periods"
local forms = require "report.forms"
local checks = require "report.checks"
local narrative = require "report.narrative"
local money = require "report.money"
local settings = require "report.settings"
local heading = require "report.heading"
local labels = require "report.labels"
local bodies = require "report.bodies"

return {
  -- report.period({ kind, spec, calendar? }) → { kind, label, from, before, previous, steps, problems }
  period = periods.period,
  -- report.containing({ kind, on }) → { spec, problems }: the period of `kind` that holds the day `on`
  containing = periods.containing,
  -- report.forms({ on }) → { forms, problems }
  forms = forms.forms,
  -- report.scopes({ on }) → { scopes = { { code, vi, en, categories } } }: the inspections each form counts
  scopes = forms.scopes,
  -- report.heading({ period }) → { body, governing_body, level, number, place, title, subtitle, signer_title,
  -- signer_name, recipients }: the printed report's heading and signature block
  heading = heading.heading,
  -- report.labels({ on }) → { categories, levels, fields }: the words for the codes of the per-category,
  -- per-level and per-field figures
  labels = labels.labels,
  -- report.bodies({ on }) → { { code, vi, en } }: the bodies that share the store (settings.bodies)
  bodies = bodies.bodies,
  -- report.checks(figures) → { checks = { { name, ok, text } } }
  checks = checks.checks,
  -- report.narrative({ period, figures, language }) → { text, problems }
  narrative = narrative.narrative,
  -- Money and land wording, for the host's printing and for the tests.
  money = {
    -- words(vnd): as the narrative writes it (settings.narrative_round_money); words_exact / words_rounded: either
    words = function(amount) return money.words(amount, settings.narrative_round_money) end,
    words_exact = money.words_exact,
    words_rounded = money.words_rounded,
    -- percent({ part, whole }) → "68,9%" (one decimal, half up), nil when whole is 0
    percent = function(request) return money.percent(request.part, request.whole) end,
    dong = money.dong,
    m2 = money.m2,
    million = function(request)
      if type(request) ~= "table" then request = { amount_vnd = request } end
      return money.million(request.amount_vnd, request.decimals or settings.million_vnd_decimals,
                           request.rounding or settings.million_vnd_rounding)
    end,
  },
}
