--- The consistency checks a period report prints under its forms: warnings that explain, never a demand.
--
-- Legal basis: the arithmetic of the forms of Thông tư 01/2024/TT-TTCP (legal-vn.md §3.3 "Useful invariants":
-- Tổng số = Kỳ trước chuyển sang + Triển khai trong kỳ = Theo kế hoạch + Đột xuất (+ Thường xuyên, the third
-- form of inspection of Luật Thanh tra 2022 Điều 46); Tổng vi phạm tiền = Kiến nghị thu hồi + Kiến nghị khác,
-- which holds in the published Thanh Hóa and Bạc Liêu reports); a penalty decision is addressed to an
-- organization or an individual (Luật XLVPHC). The "không vượt quá" checks follow from the figures' definitions
-- (Sources/Casework/Reports/Figure.swift). A missing figure counts as 0. Effective: always.
--
-- The inspection checks run once per scope of report/settings.lua `scopes` (form 01/TTr's administrative
-- inspections, form 02/TTr's specialized ones), over the scoped figures ("hanh_chinh:inspections.total"), and
-- are named "<scope>.<check>". A check that does not hold is a warning (ok = false) whose text says by how much
-- and what may explain it; the report is still made and filed. No check asks for a figure the source did not
-- give: "violations_money" compares only when both the violations' money and the economic recommendations are
-- recorded (a published report may give the recovery but not the violations' total).

local money = require "report.money"
local forms = require "report.forms"

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

--- "Thanh tra hành chính" from "thanh tra hành chính": the first letter upper-cased (ASCII only).
local function capitalized(text)
  return text:sub(1, 1):upper() .. text:sub(2)
end

--- A check that `total` equals the sum of `parts`: { name, ok, text }; `why` is said when it does not hold.
local function sum_check(figures, name, prefix, total, parts, why)
  local left = value(figures, total.figure)
  local right = 0
  local terms = {}
  for i, part in ipairs(parts) do
    right = right + value(figures, part.figure)
    terms[i] = part.title .. " (" .. show(figures, part.figure) .. ")"
  end
  local ok = left == right
  local text = prefix .. total.title .. " (" .. show(figures, total.figure) .. ") " .. (ok and "=" or "≠") .. " "
    .. table.concat(terms, " + ")
  if not ok then
    local shown = total.figure:match("_vnd$") and money.dong or money.group
    local diff = left - right
    text = text .. " = " .. shown(right) .. ": chênh lệch " .. shown(diff < 0 and -diff or diff)
      .. " (cảnh báo: " .. (why or "đối chiếu lại hồ sơ nguồn của các số liệu này") .. ")"
  end
  return { name = name, ok = ok, text = text }
end

--- A check that `part` does not exceed `whole`.
local function at_most_check(figures, name, prefix, part, whole)
  local ok = value(figures, part.figure) <= value(figures, whole.figure)
  local text = prefix .. part.title .. " (" .. show(figures, part.figure) .. ") " .. (ok and "không vượt quá" or "vượt quá") .. " "
    .. whole.title .. " (" .. show(figures, whole.figure) .. ")"
  if not ok then text = text .. " (cảnh báo: đối chiếu lại hồ sơ nguồn của các số liệu này)" end
  return { name = name, ok = ok, text = text }
end

--- Tổng vi phạm về tiền = kiến nghị thu hồi + kiến nghị xử lý khác về kinh tế, compared only when the source gave
-- both sides: a missing side is said, not demanded.
local function violations_money_check(figures, name, prefix, f)
  local total = f("violations.money_vnd", "Tổng tiền vi phạm")
  local parts = { f("recovery.recommended_vnd", "kiến nghị thu hồi"),
                  f("other_financial.recommended_vnd", "kiến nghị xử lý khác về kinh tế") }
  local recommended = value(figures, parts[1].figure) + value(figures, parts[2].figure)
  if value(figures, total.figure) == 0 and recommended > 0 then
    return { name = name, ok = true, text = prefix .. "Không có số liệu tổng tiền vi phạm; kiến nghị thu hồi ("
      .. show(figures, parts[1].figure) .. ") và kiến nghị xử lý khác về kinh tế (" .. show(figures, parts[2].figure)
      .. ") được báo cáo như nguồn ghi, không đối chiếu" }
  end
  if recommended == 0 then
    local text = prefix .. "Tổng tiền vi phạm (" .. show(figures, total.figure) .. ")"
    if value(figures, total.figure) ~= 0 then text = text .. ": chưa có kiến nghị xử lý về kinh tế, không đối chiếu" end
    return { name = name, ok = true, text = text }
  end
  return sum_check(figures, name, prefix, total, parts,
    "một phần sai phạm có thể không được kiến nghị xử lý về kinh tế, hoặc nguồn ghi thiếu một khoản; đối chiếu kết luận thanh tra")
end

--- Đã xử lý theo kết luận (the follow-up stock's collectives or persons handled) = kiểm điểm rút kinh nghiệm + xử lý
-- kỷ luật + xử lý hành chính khác, compared only when the source gave the classes: a report made before them (a
-- filed report re-rendered, a published source) has the total alone, which is said, not demanded.
local function handled_by_class_check(figures, name, prefix, total, parts)
  for _, part in ipairs(parts) do
    if figures[part.figure] ~= nil then return sum_check(figures, name, prefix, total, parts,
      "một kết quả xử lý có thể đã được ghi nhận cho kiến nghị khác hình thức; đối chiếu kết luận thanh tra và kết quả thực hiện") end
  end
  return { name = name, ok = true, text = prefix .. total.title .. " (" .. show(figures, total.figure)
    .. "): không có số liệu theo hình thức xử lý, không đối chiếu" }
end

--- The follow-up stock's checks of one scope, after every other check (so that the earlier ones keep their places).
local function stock_checks(figures, scope)
  local prefix = capitalized(scope.vi) .. ": "
  local function f(figure, title) return { figure = scope.code .. ":" .. figure, title = title } end
  local out = {}
  for _, who in ipairs({ { "collectives", "tập thể" }, { "persons", "cá nhân" } }) do
    out[#out + 1] = handled_by_class_check(figures, scope.code .. ".followup_" .. who[1] .. "_handled_by_class", prefix,
      f("followup." .. who[1] .. "_handled", "Số " .. who[2] .. " đã xử lý theo kết luận"),
      { f("followup.review_" .. who[1] .. "_handled", "kiểm điểm rút kinh nghiệm"),
        f("followup.discipline_" .. who[1] .. "_handled", "xử lý kỷ luật"),
        f("followup.administrative_" .. who[1] .. "_handled", "xử lý hành chính khác") })
  end
  return out
end

--- The checks of one scope (`code`, `vi`): its figures are "<code>:<figure>"; with no scope, the plain figures.
local function scope_checks(figures, scope)
  local prefix, names, key = "", "", function(figure) return figure end
  if scope ~= nil then
    prefix = capitalized(scope.vi) .. ": "
    names = scope.code .. "."
    key = function(figure) return scope.code .. ":" .. figure end
  end
  local function f(figure, title) return { figure = key(figure), title = title } end
  local total = f("inspections.total", "Tổng số cuộc thanh tra")
  return {
    sum_check(figures, names .. "inspections_total_by_start", prefix, total,
      { f("inspections.carried_over", "kỳ trước chuyển sang"), f("inspections.opened", "triển khai trong kỳ") }),
    sum_check(figures, names .. "inspections_total_by_mode", prefix, total,
      { f("inspections.scheduled", "theo kế hoạch"), f("inspections.unscheduled", "đột xuất"),
        f("inspections.regular", "thường xuyên") }),
    at_most_check(figures, names .. "inspections_concluded", prefix, f("inspections.concluded", "Số cuộc đã ban hành kết luận"),
      f("inspections.total", "tổng số cuộc thanh tra")),
    at_most_check(figures, names .. "subjects_in_violation", prefix, f("inspections.subjects_in_violation", "Số đơn vị có vi phạm"),
      f("inspections.subjects_inspected", "số đơn vị được thanh tra")),
    sum_check(figures, names .. "subjects_by_kind", prefix, f("inspections.subjects_inspected", "Số đơn vị được thanh tra"),
      { f("inspections.organizations_inspected", "tổ chức"), f("inspections.persons_inspected", "cá nhân") }),
    violations_money_check(figures, names .. "violations_money", prefix, f),
  }
end

--- report.checks(figures) → { checks = { { name, ok, text } } }: per scope (settings.scopes, in order), then the
-- penalty checks, then the follow-up stock's per scope.
function M.checks(figures)
  figures = figures or {}
  local out = {}
  for _, scope in ipairs(forms.scopes().scopes) do
    for _, check in ipairs(scope_checks(figures, scope)) do out[#out + 1] = check end
  end
  local function f(figure, title) return { figure = figure, title = title } end
  out[#out + 1] = sum_check(figures, "penalty_decisions", "", f("penalty.decisions", "Số quyết định xử phạt"),
    { f("penalty.decisions_organizations", "tổ chức"), f("penalty.decisions_individuals", "cá nhân") })
  out[#out + 1] = sum_check(figures, "penalty_fines", "", f("penalty.fines_imposed_vnd", "Tiền phạt theo quyết định"),
    { f("penalty.fines_organizations_vnd", "tổ chức"), f("penalty.fines_individuals_vnd", "cá nhân") })
  for _, scope in ipairs(forms.scopes().scopes) do
    for _, check in ipairs(stock_checks(figures, scope)) do out[#out + 1] = check end
  end
  return { checks = out }
end

return M
