--- The consistency checks a period report prints under its forms.
--
-- Legal basis: the arithmetic of the forms of Thông tư 01/2024/TT-TTCP (legal-vn.md §3.3 "Useful invariants":
-- Tổng số = Kỳ trước chuyển sang + Triển khai trong kỳ = Theo kế hoạch + Đột xuất (+ Thường xuyên, the third
-- form of inspection of Luật Thanh tra 2022 Điều 46); Tổng vi phạm tiền = Kiến nghị thu hồi + Kiến nghị khác,
-- which holds in the published Thanh Hóa and Bạc Liêu reports); a penalty decision is addressed to an
-- organization or an individual (Luật XLVPHC). The two "không vượt quá" checks follow from the figures'
-- definitions (Sources/Casework/Reports/Figure.swift). A missing figure counts as 0. Effective: always.

local money = require "report.money"

local M = {}

local function value(figures, name)
  local v = figures[name]
  if v == nil then return 0 end
  return v
end

local function show(figures, name)
  local v = value(figures, name)
  if name:match("_vnd$") then return money.dong(v) end
  if name:match("_dm2$") then return money.m2(v) end
  return money.group(v)
end

--- A check that `total` equals the sum of `parts`: { name, ok, text }.
local function sum_check(figures, name, total, parts)
  local left = value(figures, total.figure)
  local right = 0
  local terms = {}
  for i, part in ipairs(parts) do
    right = right + value(figures, part.figure)
    terms[i] = part.title .. " (" .. show(figures, part.figure) .. ")"
  end
  local ok = left == right
  local text = total.title .. " (" .. show(figures, total.figure) .. ") " .. (ok and "=" or "≠") .. " "
    .. table.concat(terms, " + ")
  if not ok then
    local shown = total.figure:match("_vnd$") and money.dong or money.group
    local diff = left - right
    text = text .. " = " .. shown(right) .. ": chênh lệch " .. shown(diff < 0 and -diff or diff)
  end
  return { name = name, ok = ok, text = text }
end

--- A check that `part` does not exceed `whole`.
local function at_most_check(figures, name, part, whole)
  local ok = value(figures, part.figure) <= value(figures, whole.figure)
  local text = part.title .. " (" .. show(figures, part.figure) .. ") " .. (ok and "không vượt quá" or "vượt quá") .. " "
    .. whole.title .. " (" .. show(figures, whole.figure) .. ")"
  return { name = name, ok = ok, text = text }
end

local function f(figure, title) return { figure = figure, title = title } end

--- report.checks(figures) → { checks = { { name, ok, text } } }
function M.checks(figures)
  figures = figures or {}
  local total = f("inspections.total", "Tổng số cuộc thanh tra")
  return { checks = {
    sum_check(figures, "inspections_total_by_start", total,
      { f("inspections.carried_over", "kỳ trước chuyển sang"), f("inspections.opened", "triển khai trong kỳ") }),
    sum_check(figures, "inspections_total_by_mode", total,
      { f("inspections.scheduled", "theo kế hoạch"), f("inspections.unscheduled", "đột xuất"),
        f("inspections.regular", "thường xuyên") }),
    at_most_check(figures, "inspections_concluded", f("inspections.concluded", "Số cuộc đã ban hành kết luận"),
      f("inspections.total", "tổng số cuộc thanh tra")),
    at_most_check(figures, "subjects_in_violation", f("inspections.subjects_in_violation", "Số đơn vị có vi phạm"),
      f("inspections.subjects_inspected", "số đơn vị được thanh tra")),
    sum_check(figures, "violations_money", f("violations.money_vnd", "Tổng tiền vi phạm"),
      { f("recovery.recommended_vnd", "kiến nghị thu hồi"), f("other_financial.recommended_vnd", "kiến nghị xử lý khác về kinh tế") }),
    sum_check(figures, "penalty_decisions", f("penalty.decisions", "Số quyết định xử phạt"),
      { f("penalty.decisions_organizations", "tổ chức"), f("penalty.decisions_individuals", "cá nhân") }),
  } }
end

return M
