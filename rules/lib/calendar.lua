--- Calendar helpers shared by the pack's modules.
--
-- Dates are "YYYY-MM-DD" strings in Asia/Ho_Chi_Minh; arithmetic goes through the host's thanhtra.* functions
-- (the sandbox has no os.date). Periods are half-open: start <= day < finish.

local M = {}

--- Whether `day` lies in the half-open window [start, finish).
function M.within(day, start, finish)
  return thanhtra.compare_dates(start, day) <= 0 and thanhtra.compare_dates(day, finish) < 0
end

--- The first day of the month that contains `day`.
function M.month_start(day)
  local p = thanhtra.date_parts(day)
  return thanhtra.date(p.year, p.month, 1)
end

return M
