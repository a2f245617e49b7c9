--- Report rules (chế độ báo cáo): the entry points of docs/rule-contract.md "Reports".
--
-- Legal basis: Nghị định 09/2019/NĐ-CP (data cut-off of periodic reports); Thông tư 01/2024/TT-TTCP (periodic
-- inspection reports and their forms 01/TTr, 02/TTr). Each module cites its sources (legal-vn.md §3); every open
-- or UNCONFIRMED choice is in report/settings.lua. Figures are computed by the host under the names of
-- Sources/Casework/Reports/Figure.swift; the pack decides periods, forms, checks and the narrative.
-- Problem codes: bad_period, not_in_force (no form before settings.forms_from), unsupported_language.
-- Extra (not in the contract): `report.money` — words(vnd), million(vnd, decimals, rounding), m2(dm2), dong(vnd).

local periods = require "report.periods"
local forms = require "report.forms"
local checks = require "report.checks"
local narrative = require "report.narrative"
local money = require "report.money"
local settings = require "report.settings"

return {
  -- report.period({ kind, spec, calendar? }) → { kind, label, from, before, previous, steps, problems }
  period = periods.period,
  -- report.containing({ kind, on }) → { spec, problems }: the period of `kind` that holds the day `on`
  containing = periods.containing,
  -- report.forms({ on }) → { forms, problems }
  forms = forms.forms,
  -- report.checks(figures) → { checks = { { name, ok, text } } }
  checks = checks.checks,
  -- report.narrative({ period, figures, language }) → { text, problems }
  narrative = narrative.narrative,
  -- Money and land wording, for the host's printing and for the tests.
  money = {
    words = money.words,
    dong = money.dong,
    m2 = money.m2,
    million = function(request)
      if type(request) ~= "table" then request = { amount_vnd = request } end
      return money.million(request.amount_vnd, request.decimals or settings.million_vnd_decimals,
                           request.rounding or settings.million_vnd_rounding)
    end,
  },
}
