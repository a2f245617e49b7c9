--- Competence to fine (thẩm quyền xử phạt) of inspection titles.
--
-- Legal basis: Luật XLVPHC Điều 46 (as amended by Luật 67/2020/QH14 and Luật Thanh tra 11/2022/QH15) and
-- Điều 52 k1–k2 (figures are for one violation of an individual, ×2 for organizations; judged against the
-- maximum of the frame of EACH violation, not the total), in force 2022-01-01 … 2025-06-30; from 2025-07-01
-- Điều 37a (Luật 88/2025/QH15) and Nghị định 189/2025/NĐ-CP (inspection titles UNCONFIRMED; NĐ 189 Điều 21
-- keeps sector-decree titles in use until replaced).
-- Sources: https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/45AE0-hd-xac-dinh-tham-quyen-xu-phat-vi-pham-hanh-chinh.html
--   https://luat.gtdb.app/nghi-dinh-168/chuong-3/muc-1/dieu-44 (500.000 đ / 37,5 / 52,5 / 75 trđ)
--   https://thanhtravietnam.vn/tim-hieu-phap-luat/thanh-tra-chuyen-nganh-trong-linh-vuc-du-lich-duoc-phat-den-50-trieu-dong-186092.html
-- Shares of the sector maximum are settings (UNCONFIRMED): penalty.settings.competence_percent*.

local settings = require "penalty.settings"
local sectors = require "penalty.sectors"
local money = require "penalty.money"
local violators = require "penalty.violators"

local vnd = money.vnd
local M = {}

local CHANGE = "2025-07-01"   -- Luật 88/2025/QH15 and NĐ 189/2025 take effect

M.titles = {
  { code = "thanh_tra_vien", title = "Thanh tra viên, người được giao thực hiện nhiệm vụ thanh tra chuyên ngành đang thi hành công vụ",
    kind = "fixed", from = "2022-01-01" },
  { code = "truong_doan_so", title = "Trưởng đoàn thanh tra chuyên ngành cấp sở", kind = "share", from = "2022-01-01" },
  { code = "chanh_thanh_tra_so", title = "Chánh Thanh tra Sở", kind = "share", from = "2022-01-01" },
  { code = "truong_doan_bo", title = "Trưởng đoàn thanh tra chuyên ngành cấp bộ", kind = "share", from = "2022-01-01" },
  { code = "chanh_thanh_tra_bo", title = "Chánh Thanh tra Bộ", kind = "share", from = "2022-01-01" },
}

local function citation(on)
  if thanhtra.compare_dates(on, CHANGE) < 0 then return "Điều 46, Điều 52 Luật XLVPHC" end
  return "Điều 37a, Điều 52 Luật XLVPHC; NĐ 189/2025/NĐ-CP"
end

local function percent(code, on)
  local table_ = thanhtra.compare_dates(on, CHANGE) < 0 and settings.competence_percent
    or settings.competence_percent_from_2025_07_01
  return table_[code]
end

local function in_force(title, on)
  return thanhtra.compare_dates(title.from, on) <= 0 and (title["until"] == nil or thanhtra.compare_dates(on, title["until"]) <= 0)
end

--- The title `code` in force on `on`, or nil.
function M.find(code, on)
  for _, t in ipairs(M.titles) do
    if t.code == code and in_force(t, on) then return t end
  end
  return nil
end

--- The contract's `penalty.titles` answer.
function M.list(on)
  local out = {}
  for _, t in ipairs(M.titles) do
    if in_force(t, on) then
      local description
      if t.kind == "fixed" then
        description = vnd(settings.inspector_on_duty_vnd) .. " đối với cá nhân, " .. vnd(settings.inspector_on_duty_vnd * 2) .. " đối với tổ chức"
      else
        description = percent(t.code, on) .. " % mức phạt tiền tối đa của lĩnh vực đối với cá nhân; tổ chức gấp 02 lần"
      end
      out[#out + 1] = { code = t.code, title = t.title, limit_vnd_description = description, citation = citation(on) }
    end
  end
  return out
end

--- The limit of `title` for `violator` in `sector_code` on `on`, or nil when the sector maximum is unknown.
function M.limit(title, violator, sector_code, on)
  local factor = violators.basis(violator) == "organization" and 2 or 1   -- Điều 52 k1: organizations ×2
  if title.kind == "fixed" then return settings.inspector_on_duty_vnd * factor end
  local max = sectors.max_individual(sectors.get(sector_code), on)
  if max == nil then return nil end
  return max * percent(title.code, on) // 100 * factor   -- share of the sector maximum, rounded down
end

--- Checks `signer` against every line (Điều 52 k2). lines: { { index, code, sector, frame_max_vnd } }.
-- returns competence, problems, steps
function M.check(signer, violator, lines, on)
  local problems, steps = {}, {}
  local title = M.find(signer, on)
  if title == nil then
    problems[#problems + 1] = { code = "no_competence",
      message = "Chức danh \"" .. tostring(signer) .. "\" không có thẩm quyền xử phạt ngày " .. on,
      hint = "xem penalty.titles để biết các chức danh" }
    return { signer = signer, title = "", allowed = false, limit_vnd = 0, citation = citation(on) }, problems, steps
  end
  local allowed, reported = true, nil
  for _, line in ipairs(lines) do
    local limit = M.limit(title, violator, line.sector, on)
    if limit == nil then
      allowed = false
      reported = reported or 0
      problems[#problems + 1] = { code = "no_competence",
        message = "Dòng " .. line.index .. " (" .. line.code .. "): chưa xác định được mức phạt tối đa của lĩnh vực để tính thẩm quyền của " .. title.title }
    elseif line.frame_max_vnd > limit then
      allowed = false
      reported = reported or limit
      problems[#problems + 1] = { code = "no_competence",
        message = "Dòng " .. line.index .. " (" .. line.code .. "): mức tối đa của khung " .. vnd(line.frame_max_vnd)
          .. " vượt thẩm quyền " .. vnd(limit) .. " của " .. title.title,
        hint = "chuyển vụ việc cho người có thẩm quyền cao hơn (Điều 52 k2: xét theo mức tối đa của khung đối với từng hành vi)" }
    else
      reported = reported or limit
      steps[#steps + 1] = { text = "Dòng " .. line.index .. ": mức tối đa của khung " .. vnd(line.frame_max_vnd)
        .. " trong thẩm quyền " .. vnd(limit) .. " của " .. title.title, citation = "Điều 52 k2 Luật XLVPHC" }
    end
  end
  return { signer = signer, title = title.title, allowed = allowed, limit_vnd = reported or 0, citation = citation(on) },
    problems, steps
end

return M
