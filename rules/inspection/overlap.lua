--- Overlap: an enterprise is not inspected more than once a year on the same content.
--
-- Legal basis: Chỉ thị 20/CT-TTg (17/5/2017) on rectifying the inspection and checking of enterprises: no
-- enterprise inspected or checked more than once a year; ad-hoc inspections only on clear signs of violation.
-- CONFIRMED: https://expertis.vn/chi-thi-20qd-ttg-chan-chinh-thanh-tra-kiem-tra-dn/ ;
-- https://vietnamlawmagazine.vn/pm-redresses-overlapping-business-inspections-5864.html
-- Luật Thanh tra 2022 Điều 45: plans avoid overlap between levels (legal-vn.md §2.4).
-- Effective: 2017-05-17 onward (the directive has not been repealed as far as we know).
-- "Same content": the same field code when both inspections have one, else the same content text (compared
-- without case and surrounding spaces). What a collision does is settings.overlap_action; unscheduled
-- inspections are exempt only when settings.overlap_exempt_unscheduled is true.

local settings = require "inspection.settings"

local M = {}

local CITATION = "Chỉ thị 20/CT-TTg 2017"

local function norm(text)
  if type(text) ~= "string" then return nil end
  local t = text:lower():gsub("^%s+", ""):gsub("%s+$", ""):gsub("%s+", " ")
  if t == "" then return nil end
  return t
end

local function same_content(a, b)
  if a.field ~= nil and b.field ~= nil and a.field ~= "" and b.field ~= "" then return a.field == b.field end
  local ca, cb = norm(a.content), norm(b.content)
  return ca ~= nil and ca == cb
end

local function shared_subjects(a, b)
  local set, shared = {}, {}
  for _, id in ipairs(a or {}) do set[id] = true end
  for _, id in ipairs(b or {}) do
    if set[id] then shared[#shared + 1] = id end
  end
  return shared
end

local function year_of(day)
  if type(day) == "string" and thanhtra.is_date(day) then return thanhtra.date_parts(day).year end
  return nil
end

--- inspection.overlap(request) → { action, collisions, steps }
function M.check(request)
  local steps, collisions = {}, {}
  for _, other in ipairs(request.others or {}) do
    -- The host says which year an inspection belongs to (a scheduled one: its plan's year, whenever the plan
    -- was loaded); without it, the year it was opened in.
    local other_year = other.year or year_of(other.opened_on)
    if (request.id == nil or other.id ~= request.id)
      and (other_year == nil or other_year == request.year) then
      local shared = shared_subjects(request.subject_ids, other.subject_ids)
      if #shared > 0 and same_content(request, other) then
        local ids = {}
        for _, id in ipairs(shared) do ids[#ids + 1] = "#" .. tostring(id) end
        collisions[#collisions + 1] = { inspection_id = other.id,
          message = "Đối tượng " .. table.concat(ids, ", ") .. " đã được thanh tra năm " .. request.year
            .. " cùng nội dung (cuộc thanh tra #" .. tostring(other.id)
            .. (other.opened_on and (", mở ngày " .. other.opened_on) or "") .. ")" }
      end
    end
  end
  if #collisions == 0 then
    steps[#steps + 1] = { text = "Không trùng: không có cuộc thanh tra nào cùng đối tượng, cùng nội dung trong năm "
      .. request.year, citation = CITATION }
    return { action = "none", collisions = {}, steps = steps }
  end
  if request.mode == "unscheduled" and settings.overlap_exempt_unscheduled then
    steps[#steps + 1] = { text = "Có " .. #collisions .. " cuộc thanh tra trùng nội dung trong năm, nhưng thanh tra đột xuất"
      .. " dựa trên dấu hiệu vi phạm không bị giới hạn một lần/năm (thiết lập overlap_exempt_unscheduled)",
      citation = CITATION }
    return { action = "none", collisions = {}, steps = steps }
  end
  local action = settings.overlap_action == "refuse" and "refuse" or "warn"
  steps[#steps + 1] = { text = "Doanh nghiệp không bị thanh tra quá một lần/năm cùng nội dung: " .. #collisions
    .. " cuộc trùng → " .. (action == "refuse" and "từ chối" or "cảnh báo") .. " (thiết lập overlap_action)",
    citation = CITATION }
  return { action = action, collisions = collisions, steps = steps }
end

return M
