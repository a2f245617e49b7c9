--- Reporting periods (kỳ báo cáo): the half-open window [from, before) of a monthly, quarterly, 6-month,
-- 9-month or annual report.
--
-- Legal basis: Nghị định 09/2019/NĐ-CP (24/01/2019), data cut-off (believed Điều 12 k2; PARTIAL): monthly
-- 15th of the previous month → 14th; quarterly 15th of the month before the quarter → 14th of its last month;
-- 6 months 15/12 → 14/6 and 15/6 → 14/12; 9 months 15/12 → 14/9; annual 15/12 → 14/12.
-- Source: https://luatvietnam.vn/tin-van-ban-moi/thoi-han-nop-bao-cao-dinh-ky-186-21960-article.html
-- (legal-vn.md §3.1). Thông tư 01/2024/TT-TTCP Điều 3: periodic inspection reports are quarterly, 6-month,
-- 9-month and annual; monthly windows are for internal reports. Effective: from 2019 (NĐ 09/2019).
-- Settings: report/settings.lua `calendar_periods`, `cutoff_day`.

local settings = require "report.settings"

local M = {}

M.citation = "Nghị định 09/2019/NĐ-CP (thời gian chốt số liệu báo cáo)"

local kind_titles = {
  monthly = "tháng", quarterly = "quý", ["half-year"] = "6 tháng", ["nine-months"] = "9 tháng", annual = "năm",
}

--- "15/09/2026" for "2026-09-15".
function M.vn_date(day)
  local p = thanhtra.date_parts(day)
  return string.format("%02d/%02d/%04d", p.day, p.month, p.year)
end

--- The first day of month `month` of `year` shifted by `delta` months, on day `day`.
local function month_day(year, month, delta, day)
  local index = year * 12 + (month - 1) + delta
  return thanhtra.date(index // 12, index % 12 + 1, day)
end

--- Parses `spec` for `kind`: the year, the first and last month of the period (months of that year), its label
-- and its Vietnamese name; nil and a message when malformed.
local function parse(kind, spec)
  if type(spec) ~= "string" then return nil, "thiếu kỳ báo cáo (spec)" end
  local function year_of(text)
    local y = tonumber(text)
    if y < 1901 or y > 9998 then return nil end
    return y
  end
  if kind == "monthly" then
    local y, m = spec:match("^(%d%d%d%d)%-(%d%d)$")
    if y and year_of(y) and tonumber(m) >= 1 and tonumber(m) <= 12 then
      y, m = year_of(y), tonumber(m)
      return { year = y, first = m, last = m, label = spec, name = string.format("tháng %02d/%d", m, y),
               previous = m == 1 and string.format("%04d-12", y - 1) or string.format("%04d-%02d", y, m - 1) }
    end
    return nil, "kỳ tháng phải có dạng YYYY-MM (ví dụ 2026-10)"
  elseif kind == "quarterly" then
    local y, q = spec:match("^(%d%d%d%d)%-Q([1-4])$")
    if y and year_of(y) then
      y, q = year_of(y), tonumber(q)
      return { year = y, first = 3 * q - 2, last = 3 * q, label = spec, name = "quý " .. q .. "/" .. y,
               previous = q == 1 and string.format("%04d-Q4", y - 1) or string.format("%04d-Q%d", y, q - 1) }
    end
    return nil, "kỳ quý phải có dạng YYYY-Qn, n từ 1 đến 4 (ví dụ 2026-Q3)"
  elseif kind == "half-year" then
    local y, h = spec:match("^(%d%d%d%d)%-H([12])$")
    if y and year_of(y) then
      y, h = year_of(y), tonumber(h)
      return { year = y, first = h == 1 and 1 or 7, last = h == 1 and 6 or 12, label = spec,
               name = (h == 1 and "6 tháng đầu năm " or "6 tháng cuối năm ") .. y,
               previous = h == 1 and string.format("%04d-H2", y - 1) or string.format("%04d-H1", y) }
    end
    return nil, "kỳ 6 tháng phải có dạng YYYY-H1 hoặc YYYY-H2 (ví dụ 2026-H1)"
  elseif kind == "nine-months" then
    -- The contract's spec is the year; the label form "2026-9M" is accepted too.
    local y = spec:match("^(%d%d%d%d)$") or spec:match("^(%d%d%d%d)%-9M$")
    if y and year_of(y) then
      y = year_of(y)
      return { year = y, first = 1, last = 9, label = y .. "-9M", name = "9 tháng năm " .. y,
               previous = string.format("%04d", y - 1) }
    end
    return nil, "kỳ 9 tháng phải có dạng YYYY (ví dụ 2026)"
  elseif kind == "annual" then
    local y = spec:match("^(%d%d%d%d)$")
    if y and year_of(y) then
      y = year_of(y)
      return { year = y, first = 1, last = 12, label = spec, name = "năm " .. y, previous = string.format("%04d", y - 1) }
    end
    return nil, "kỳ năm phải có dạng YYYY (ví dụ 2026)"
  end
  return nil, "loại kỳ báo cáo \"" .. tostring(kind) .. "\" không có; dùng monthly, quarterly, half-year, nine-months hoặc annual"
end

--- report.period(request) → { kind, label, from, before, previous, steps, problems }; `previous` is the spec of
-- the period of the same kind just before (the chart's history steps back through it); nil for the first year.
function M.period(request)
  local kind, spec = request.kind, request.spec
  local p, message = parse(kind, spec)
  if p == nil then
    return { kind = kind, steps = {},
             problems = { { code = "bad_period", message = "Kỳ báo cáo \"" .. tostring(spec) .. "\" không hợp lệ: " .. message,
                            hint = "ví dụ: monthly 2026-10, quarterly 2026-Q3, half-year 2026-H1, nine-months 2026, annual 2026" } } }
  end
  local calendar = request.calendar
  if calendar == nil then calendar = settings.calendar_periods end
  local from, before, step
  if calendar then
    -- Calendar window: the first day of the first month to the first day after the last month.
    from = month_day(p.year, p.first, 0, 1)
    before = month_day(p.year, p.last, 1, 1)
    step = { text = "Kỳ báo cáo " .. p.name .. " theo tháng dương lịch: từ ngày " .. M.vn_date(from) .. " đến hết ngày "
               .. M.vn_date(thanhtra.add_days(before, -1)), citation = "thiết lập calendar_periods" }
  else
    -- National cut-off: from the cut-off day of the month before the first month to the day before the cut-off
    -- day of the last month (a year: 15/12 of the previous year → 14/12).
    local day = settings.cutoff_day
    from = month_day(p.year, p.first, -1, day)
    before = month_day(p.year, p.last, 0, day)
    step = { text = "Kỳ báo cáo " .. p.name .. ": số liệu từ ngày " .. M.vn_date(from) .. " đến hết ngày "
               .. M.vn_date(thanhtra.add_days(before, -1)), citation = M.citation }
  end
  local previous = p.previous
  if previous and tonumber(previous:sub(1, 4)) < 1901 then previous = nil end
  return { kind = kind, label = p.label, from = from, before = before, previous = previous, steps = { step },
           problems = {} }
end

--- The specs of `kind` whose periods could hold a day of `year`, in order: a period that ends in the next year
-- (the cut-off windows start in the December before) is listed under its own year.
local function specs_of(kind, year)
  local list = {}
  if kind == "monthly" then
    for m = 1, 12 do list[#list + 1] = string.format("%04d-%02d", year, m) end
  elseif kind == "quarterly" then
    for q = 1, 4 do list[#list + 1] = string.format("%04d-Q%d", year, q) end
  elseif kind == "half-year" then
    list = { string.format("%04d-H1", year), string.format("%04d-H2", year) }
  elseif kind == "nine-months" or kind == "annual" then
    list = { string.format("%04d", year) }
  end
  return list
end

--- report.containing({ kind, on, calendar? }) → { spec } of the period of `kind` that holds the day `on`
-- ("the current month" of `report monthly`), or { problems } when none does (a nine-months report does not
-- cover the last quarter).
function M.containing(request)
  local year = thanhtra.date_parts(request.on).year
  for _, y in ipairs({ year, year + 1 }) do
    for _, spec in ipairs(specs_of(request.kind, y)) do
      local window = M.period({ kind = request.kind, spec = spec, calendar = request.calendar })
      if window.from and window.from <= request.on and request.on < window.before then
        return { spec = spec, problems = {} }
      end
    end
  end
  return { problems = { { code = "no_period", message = "Không có kỳ báo cáo " .. tostring(request.kind)
                          .. " nào chứa ngày " .. M.vn_date(request.on) } } }
end

return M
