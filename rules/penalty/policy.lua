--- Fine policy: the concrete fine inside a frame, for one violation.
--
-- Legal basis: Luật XLVPHC Điều 23 k1, k4 (as amended by Luật 67/2020/QH14, in force 2022-01-01), Điều 24 k1–k2,
-- Điều 21–22 (warning); Nghị định 118/2021/NĐ-CP Điều 9 k1 (in force 2022-01-01).
-- Sources: https://danluatold.thuvienphapluat.vn/vua-co-tinh-tiet-tang-nang-va-giam-nhe-thi-xac-dinh-muc-phat-vi-pham-hanh-chinh-n-202075.aspx
--   https://beta.thuvienphapluat.vn/phap-luat/muc-phat-tien-trong-xu-phat-hanh-chinh-khi-vua-co-tinh-tiet-giam-nhe-vua-co-tang-nang-thi-duoc-tinh-853869-53573.html
--   https://vnexpress.net/loi-giao-thong-duong-bo-nao-se-bi-phat-canh-cao-4354875.html (Điều 22)
-- The arithmetic is penalty/amount.lua's, written once; this file tells it as steps, each citing its basis.

local settings = require "penalty.settings"
local sectors = require "penalty.sectors"
local money = require "penalty.money"
local amount = require "penalty.amount"
local violators = require "penalty.violators"

local vnd = money.vnd
local M = {}

local LAW = "Luật XLVPHC"

--- The sector maximum for `violator` on `on` in the sector `code` (Điều 24 k1, ×2 for organizations), or nil
-- when the sector or its maximum is unknown.
local function sector_maximum(code, violator, on)
  local sector = code and sectors.get(code)
  return sector and sectors.max_for(sector, violator, on)
end

--- The figures of M.fine without its steps, for the catalog entry `entry`: { frame_min_vnd, frame_max_vnd,
-- fine_vnd, warning }. penalty.assess asks this for every violation when the host reads only the figures
-- (`quiet`), so it takes positional arguments and builds one table.
function M.figures(violator, entry, on, minor, mitigating, aggravating)
  local fine, min, max, warning = amount.fine_amount(violator, entry.stated_for, entry.frame_min_vnd,
    entry.frame_max_vnd, sector_maximum(entry.sector, violator, on), entry.warning_allowed, minor, mitigating, aggravating)
  return { frame_min_vnd = min, frame_max_vnd = max, fine_vnd = fine, warning = warning }
end

--- The fine for one violation.
-- args = { violator (a kind of penalty/violators.lua), sector (code), on (date), frame_min_vnd, frame_max_vnd, stated_for, warning_allowed,
--          minor, mitigating (count), aggravating (count), quiet (true: leave the steps out) }
-- returns { frame_min_vnd, frame_max_vnd, fine_vnd, warning, steps }
function M.fine(args)
  -- Điều 24 k1: never above the sector maximum (×2 for organizations).
  local sector = args.sector and sectors.get(args.sector)
  local cap = sector_maximum(args.sector, args.violator, args.on)
  local m, a = args.mitigating or 0, args.aggravating or 0
  local fine, min, max, warning, reason, offset, average, scaled_min, scaled_max = amount.fine_amount(
    args.violator, args.stated_for, args.frame_min_vnd, args.frame_max_vnd, cap, args.warning_allowed, args.minor, m, a)
  local steps = {}
  local result = { frame_min_vnd = min, frame_max_vnd = max, fine_vnd = fine, warning = warning, steps = steps }
  if args.quiet then return result end   -- quiet: the host needs only the figures (docs/rule-contract.md, `quiet`)
  local function step(text, citation) steps[#steps + 1] = { text = text, citation = citation } end

  step("Khung tiền phạt theo văn bản: " .. vnd(args.frame_min_vnd) .. "–" .. vnd(args.frame_max_vnd) .. " (mức đối với "
    .. (args.stated_for == "organization" and "tổ chức" or "cá nhân") .. ")", args.basis or "Điều 23 k2 " .. LAW)
  -- A household business (and the other kinds of violators.lua) is fined under an individual's or an
  -- organization's frame, as the law or the pack's setting says.
  local kind_step = violators.step(args.violator)
  if kind_step then step(kind_step.text, kind_step.citation) end
  local violator = violators.basis(args.violator)
  -- Điều 24 k2: an organization's fine is twice an individual's for the same act; a frame stated for
  -- organizations gives an individual half (the decree's own clause, e.g. NĐ 125 Điều 5 k5).
  if violator == "organization" and args.stated_for == "individual" then
    step("Tổ chức vi phạm: khung bằng 02 lần khung đối với cá nhân = " .. vnd(scaled_min) .. "–" .. vnd(scaled_max), "Điều 24 k2 " .. LAW)
  elseif violator == "individual" and args.stated_for == "organization" then
    step("Cá nhân vi phạm: khung bằng 1/2 khung đối với tổ chức = " .. vnd(scaled_min) .. "–" .. vnd(scaled_max), "Điều 24 k2 " .. LAW .. "; nghị định xử phạt")
  end
  if cap and scaled_max > cap then
    step("Khung vượt mức phạt tối đa của lĩnh vực " .. sector.title .. " (" .. vnd(cap) .. "): áp dụng "
      .. vnd(min) .. "–" .. vnd(max), "Điều 24 k1 " .. LAW)
  end

  -- Điều 22: a warning instead of a fine.
  if reason == "minor" then
    step("Người chưa thành niên từ đủ 14 tuổi đến dưới 16 tuổi: phạt cảnh cáo, không phạt tiền", "Điều 22 " .. LAW)
    return result
  end
  if reason == "mitigated_warning" then
    step("Hành vi được quy định hình thức cảnh cáo và có tình tiết giảm nhẹ: phạt cảnh cáo, không phạt tiền", "Điều 22 " .. LAW)
    return result
  end

  step("Mức trung bình của khung " .. vnd(min) .. "–" .. vnd(max) .. " = " .. vnd(average), "Điều 23 k4 " .. LAW)
  -- NĐ 118 Điều 9 k1 a: one mitigating offsets one aggravating.
  if offset > 0 then
    step(offset .. " tình tiết giảm nhẹ được giảm trừ " .. offset .. " tình tiết tăng nặng; còn " .. (m - offset)
      .. " giảm nhẹ, " .. (a - offset) .. " tăng nặng", "Điều 9 k1 a NĐ 118/2021")
  end
  local cite = "Điều 9 k1 b NĐ 118/2021"
  if reason == "two_mitigating" then
    step("Có từ 02 tình tiết giảm nhẹ trở lên: áp dụng mức tối thiểu của khung = " .. vnd(fine), cite)
  elseif reason == "two_aggravating" then
    step("Có từ 02 tình tiết tăng nặng trở lên: áp dụng mức tối đa của khung = " .. vnd(fine), cite)
  elseif reason == "one_mitigating" or reason == "one_aggravating" then
    local word = reason == "one_mitigating" and "giảm nhẹ" or "tăng nặng"
    step("Có 01 tình tiết " .. word .. " (chính sách \"" .. settings.one_circumstance .. "\"): " .. vnd(fine),
      "Điều 23 k4 " .. LAW .. "; penalty.settings.one_circumstance")
  elseif reason == "both" then
    -- Only reachable when count_after_offsetting is false: both rules apply; the text does not say which
    -- wins, so the average stands (they cancel).
    step("Có từ 02 tình tiết giảm nhẹ và từ 02 tình tiết tăng nặng: giữ mức trung bình = " .. vnd(fine), cite)
  else
    step("Không có tình tiết (hoặc đã giảm trừ hết): áp dụng mức trung bình = " .. vnd(fine), "Điều 23 k4 " .. LAW)
  end
  return result
end

return M
