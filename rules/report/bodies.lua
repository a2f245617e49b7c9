--- The bodies (cơ quan) that share one thanhtra store: when a provincial inspectorate and, say, the inspectorates of
-- some departments record their cases and inspections in one PostgreSQL database, each case and inspection names
-- the body that handles it (`case open --body`, `inspection open --body`), and `report … --body CODE` counts that
-- body's records only, with the body's name in the heading and the narrative.
--
-- The list is report/settings.lua's `bodies` (empty by default: the store serves the one reporting body, and no
-- record names a body). A code is what records store; once a record carries it, keep the code (rename the words
-- only). Legal basis: none needed — which body handles a case is the law's (Luật XLVPHC Điều 52 and the decrees'
-- competence tables); this list only names the bodies that use this store. Effective: always.

local settings = require "report.settings"

local M = {}

--- report.bodies({ on }) → { { code, vi, en } }: the bodies that share the store.
function M.bodies(_)
  local out = {}
  for i, body in ipairs(settings.bodies or {}) do
    out[i] = { code = body.code, vi = body.vi, en = body.en or body.vi }
  end
  return out
end

--- The Vietnamese name of the body `code`, or nil when the list does not have it.
function M.name(code)
  for _, body in ipairs(settings.bodies or {}) do
    if body.code == code then return body.vi end
  end
  return nil
end

return M
