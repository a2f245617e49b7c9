--- Answers kept for the life of the engine: a deadline is a pure function of its dates and the pack's data, and a
-- register of a million cases asks the same few thousand (day, length) pairs again and again (rules diff, case
-- recompute, reports). Only for functions whose answer depends on nothing but their two arguments and the pack;
-- the answer is shared between callers, who must not change it.

local M = {}

--- `f(a, b)` remembered per (a, b); at most `limit` answers are kept (then the memory starts afresh), so a long
-- run's memory stays bounded. `a` and `b` must not be nil.
function M.two(f, limit)
  local rows, size = {}, 0
  return function(a, b)
    local row = rows[a]
    if row ~= nil then
      local answer = row[b]
      if answer ~= nil then return answer end
    end
    local answer = f(a, b)
    if size >= limit then rows, size, row = {}, 0, nil end
    if row == nil then
      row = {}
      rows[a] = row
    end
    row[b] = answer
    size = size + 1
    return answer
  end
end

return M
