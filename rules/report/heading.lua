--- The heading and signature block of a printed period report: who reports, at which level, under which number
-- and date, and who signs (report/settings.lua: reporting_body, reporting_level, governing_body,
-- report_number_suffix, place, signer_title, signer_name, recipients).
--
-- Legal basis: Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục I (layout of an administrative document:
-- Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Tiêu ngữ "Độc lập - Tự do - Hạnh phúc", the issuing body, the
-- number and symbol, place and date, title, signature, recipients). The host prints the national header and the
-- date; the pack gives the words that depend on the inspectorate. Effective: always.

local settings = require "report.settings"
local periods = require "report.periods"
local bodies = require "report.bodies"

local M = {}

local kind_names = {
  monthly = "tháng", quarterly = "quý", ["half-year"] = "6 tháng", ["nine-months"] = "9 tháng", annual = "năm",
}

--- "quý 3/2026", "tháng 10/2026", "năm 2026", or the dates of a range.
local function period_name(period)
  local label = period.label or ""
  local y, n = label:match("^(%d%d%d%d)%-Q([1-4])$")
  if y then return "quý " .. n .. "/" .. y end
  y, n = label:match("^(%d%d%d%d)%-(%d%d)$")
  if y then return "tháng " .. tonumber(n) .. "/" .. y end
  y, n = label:match("^(%d%d%d%d)%-H([12])$")
  if y then return (n == "1" and "6 tháng đầu năm " or "6 tháng cuối năm ") .. y end
  y = label:match("^(%d%d%d%d)%-9M$") or (period.kind == "nine-months" and label:match("^(%d%d%d%d)$"))
  if y then return "9 tháng năm " .. y end
  y = label:match("^(%d%d%d%d)$")
  if y and period.kind == "annual" then return "năm " .. y end
  if period.from and period.before then
    return "từ ngày " .. periods.vn_date(period.from) .. " đến ngày " .. periods.vn_date(thanhtra.add_days(period.before, -1))
  end
  return kind_names[period.kind] or label
end

--- report.heading({ period = { kind, label, from, before, body? } }) →
-- { body, governing_body, level, number, place, title, subtitle, signer_title, signer_name, recipients }
function M.heading(request)
  local period = request.period or {}
  -- A report of one of the bodies that share the store (report … --body) is that body's: its name, never
  -- "toàn ngành".
  local own = period.body and bodies.name(period.body)
  local body = own or settings.reporting_body
  local scope = (not own and settings.reporting_level == "sector") and "toàn ngành" or body
  return {
    body = body,
    governing_body = settings.governing_body,
    level = settings.reporting_level,
    number = "Số:        " .. settings.report_number_suffix,
    place = settings.place,
    title = "BÁO CÁO",
    subtitle = "Kết quả công tác thanh tra " .. period_name(period) .. " của " .. scope,
    signer_title = settings.signer_title,
    signer_name = settings.signer_name,
    recipients = settings.recipients,
    problems = {},
  }
end

return M
