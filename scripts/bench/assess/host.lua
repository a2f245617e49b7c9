-- Plain-Lua stand-in for the host's thanhtra.* date functions (profiling and fingerprints only).
local function days_from_civil(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end
local function civil_from_days(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return m <= 2 and y + 1 or y, m, d
end
local function parse(s)
  local y, m, d = s:match("^(%d%d%d%d)-(%d%d)-(%d%d)$")
  if not y then error("bad date " .. tostring(s), 3) end
  return tonumber(y), tonumber(m), tonumber(d)
end
local function fmt(y, m, d) return string.format("%04d-%02d-%02d", y, m, d) end
local function dim(y, m)
  local t = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
  if m == 2 and (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) then return 29 end
  return t[m]
end
thanhtra = {}
function thanhtra.compare_dates(a, b)
  if a < b then return -1 elseif a > b then return 1 else return 0 end
end
function thanhtra.days_between(a, b) return days_from_civil(parse(b)) - days_from_civil(parse(a)) end
function thanhtra.add_days(d, n) return fmt(civil_from_days(days_from_civil(parse(d)) + n)) end
function thanhtra.add_months(d, n)
  local y, m, dd = parse(d)
  local total = y * 12 + (m - 1) + n
  y, m = total // 12, total % 12 + 1
  local last = dim(y, m)
  return fmt(y, m, dd > last and last or dd)
end
function thanhtra.date(y, m, d)
  if m < 1 or m > 12 or d < 1 or d > dim(y, m) then error("no such day", 2) end
  return fmt(y, m, d)
end
function thanhtra.date_parts(d)
  local y, m, dd = parse(d)
  return { year = y, month = m, day = dd, weekday = (days_from_civil(y, m, dd) - 4) % 7 + 1 }
end
function thanhtra.is_date(s)
  if type(s) ~= "string" then return false end
  local y, m, d = s:match("^(%d%d%d%d)-(%d%d)-(%d%d)$")
  if not y then return false end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  return m >= 1 and m <= 12 and d >= 1 and d <= dim(y, m)
end
