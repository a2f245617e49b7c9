--- The words a report prints for the codes its per-category, per-level and per-field figures carry
-- (inspections.category.hanh_chinh, inspections.level.thanh_tra_tinh, inspections.field.dat_dai): the
-- categories and levels of every inspection regime (inspection/regimes.lua; a report may span two laws) and the
-- fields of inspection/fields.lua.
--
-- Legal basis: those modules'. Effective: always.

local regimes = require "inspection.regimes"
local fields = require "inspection.fields"

local M = {}

-- The categories in English (the regimes name them in Vietnamese only); a level keeps its body's name.
local CATEGORIES_EN = {
  hanh_chinh = "administrative inspection", chuyen_nganh = "specialized inspection",
  thanh_tra = "inspection (Law on Inspection 2025)",
}

--- "thanh tra hành chính" from "Thanh tra hành chính" (ASCII first letter only), for a label inside a sentence.
local function lower_first(text)
  return text:sub(1, 1):lower() .. text:sub(2)
end

--- The entries of `key` (categories, levels) of every regime, each code once (its first title), in regime order.
local function from_regimes(key, lower)
  local out, seen = {}, {}
  for _, regime in ipairs(regimes.list) do
    for _, item in ipairs(regime[key]) do
      if not seen[item.code] then
        seen[item.code] = true
        local words = lower and lower_first(item.title) or item.title
        if regime.code == "luat_2025" and key == "categories" then words = words .. " (" .. regime.short .. ")" end
        out[#out + 1] = { code = item.code, vi = words, en = (key == "categories" and CATEGORIES_EN[item.code]) or item.title }
      end
    end
  end
  return out
end

--- report.labels({ on }) → { categories, levels, fields }: lists of { code, vi, en }.
function M.labels(request)
  local out_fields = {}
  for i, field in ipairs(fields.list) do out_fields[i] = { code = field.code, vi = field.vi, en = field.en } end
  return { categories = from_regimes("categories", true), levels = from_regimes("levels", false), fields = out_fields }
end

return M
