--- Fine policy: the concrete fine inside a frame, for one violation.
--
-- Legal basis: Luật XLVPHC Điều 23 k1, k4 (as amended by Luật 67/2020/QH14, in force 2022-01-01), Điều 24 k1–k2,
-- Điều 21–22 (warning); Nghị định 118/2021/NĐ-CP Điều 9 k1 (in force 2022-01-01).
-- Sources: https://danluatold.thuvienphapluat.vn/vua-co-tinh-tiet-tang-nang-va-giam-nhe-thi-xac-dinh-muc-phat-vi-pham-hanh-chinh-n-202075.aspx
--   https://beta.thuvienphapluat.vn/phap-luat/muc-phat-tien-trong-xu-phat-hanh-chinh-khi-vua-co-tinh-tiet-giam-nhe-vua-co-tang-nang-thi-duoc-tinh-853869-53573.html
--   https://vnexpress.net/loi-giao-thong-duong-bo-nao-se-bi-phat-canh-cao-4354875.html (Điều 22)
-- Integer arithmetic only; every division is `//`, rounding down (in the violator's favour: a halfway point
-- towards the maximum rounds down, so does an average or a halfway point towards the minimum).

local settings = require "penalty.settings"
local sectors = require "penalty.sectors"
local money = require "penalty.money"

local vnd = money.vnd
local M = {}

local LAW = "Luật XLVPHC"

--- The fine for one violation.
-- args = { violator, sector (code), on (date), frame_min_vnd, frame_max_vnd, stated_for, warning_allowed,
--          minor, mitigating (count), aggravating (count), quiet (true: leave the steps out) }
-- returns { frame_min_vnd, frame_max_vnd, fine_vnd, warning, steps }
function M.fine(args)
  local steps = {}
  local function step(text, citation) steps[#steps + 1] = { text = text, citation = citation } end
  local loud = not args.quiet   -- quiet: the host needs only the figures (docs/rule-contract.md, `quiet`)
  local min, max = args.frame_min_vnd, args.frame_max_vnd
  if loud then step("Khung tiền phạt theo văn bản: " .. vnd(min) .. "–" .. vnd(max) .. " (mức đối với "
    .. (args.stated_for == "organization" and "tổ chức" or "cá nhân") .. ")", args.basis or "Điều 23 k2 " .. LAW) end

  -- Điều 24 k2: an organization's fine is twice an individual's for the same act; a frame stated for
  -- organizations gives an individual half (the decree's own clause, e.g. NĐ 125 Điều 5 k5).
  if args.violator == "organization" and args.stated_for == "individual" then
    min, max = min * 2, max * 2
    if loud then step("Tổ chức vi phạm: khung bằng 02 lần khung đối với cá nhân = " .. vnd(min) .. "–" .. vnd(max), "Điều 24 k2 " .. LAW) end
  elseif args.violator == "individual" and args.stated_for == "organization" then
    min, max = min // 2, max // 2   -- ½, rounded down (all frames in the catalog are even amounts)
    if loud then step("Cá nhân vi phạm: khung bằng 1/2 khung đối với tổ chức = " .. vnd(min) .. "–" .. vnd(max), "Điều 24 k2 " .. LAW .. "; nghị định xử phạt") end
  end

  -- Điều 24 k1: never above the sector maximum (×2 for organizations).
  local sector = args.sector and sectors.get(args.sector)
  local cap = sector and sectors.max_for(sector, args.violator, args.on)
  if cap and max > cap then
    max = cap
    if min > cap then min = cap end
    if loud then step("Khung vượt mức phạt tối đa của lĩnh vực " .. sector.title .. " (" .. vnd(cap) .. "): áp dụng "
      .. vnd(min) .. "–" .. vnd(max), "Điều 24 k1 " .. LAW) end
  end

  local result = { frame_min_vnd = min, frame_max_vnd = max, steps = steps, warning = false }

  -- Điều 22: a warning instead of a fine.
  local m, a = args.mitigating or 0, args.aggravating or 0
  if args.minor and (settings.minor_warning_any_violation or args.warning_allowed) then
    result.warning, result.fine_vnd = true, 0
    if loud then step("Người chưa thành niên từ đủ 14 tuổi đến dưới 16 tuổi: phạt cảnh cáo, không phạt tiền", "Điều 22 " .. LAW) end
    return result
  end
  if args.warning_allowed and m >= 1 then
    result.warning, result.fine_vnd = true, 0
    if loud then step("Hành vi được quy định hình thức cảnh cáo và có tình tiết giảm nhẹ: phạt cảnh cáo, không phạt tiền", "Điều 22 " .. LAW) end
    return result
  end

  local average = (min + max) // 2   -- Điều 23 k4: the average of the frame, rounded down
  if loud then step("Mức trung bình của khung " .. vnd(min) .. "–" .. vnd(max) .. " = " .. vnd(average), "Điều 23 k4 " .. LAW) end

  -- NĐ 118 Điều 9 k1 a: one mitigating offsets one aggravating.
  local net_m, net_a = m, a
  if settings.count_after_offsetting then
    local k = math.min(m, a)
    net_m, net_a = m - k, a - k
    if k > 0 then
      if loud then step(k .. " tình tiết giảm nhẹ được giảm trừ " .. k .. " tình tiết tăng nặng; còn " .. net_m
        .. " giảm nhẹ, " .. net_a .. " tăng nặng", "Điều 9 k1 a NĐ 118/2021") end
    end
  end

  local fine = average
  local cite = "Điều 9 k1 b NĐ 118/2021"
  if net_m >= 2 and net_a < 2 then
    fine = min
    if loud then step("Có từ 02 tình tiết giảm nhẹ trở lên: áp dụng mức tối thiểu của khung = " .. vnd(fine), cite) end
  elseif net_a >= 2 and net_m < 2 then
    fine = max
    if loud then step("Có từ 02 tình tiết tăng nặng trở lên: áp dụng mức tối đa của khung = " .. vnd(fine), cite) end
  elseif net_m == 1 and net_a == 0 or net_a == 1 and net_m == 0 then
    local bound = net_m == 1 and min or max
    local word = net_m == 1 and "giảm nhẹ" or "tăng nặng"
    local choice = settings.one_circumstance
    if choice == "bound" then
      fine = bound
    elseif choice == "halfway" then
      fine = (average + bound) // 2   -- halfway between the average and the bound, rounded down
    elseif choice == "average" then
      fine = average
    else
      error("penalty.settings.one_circumstance must be \"halfway\", \"average\" or \"bound\", got " .. tostring(choice))
    end
    if loud then step("Có 01 tình tiết " .. word .. " (chính sách \"" .. choice .. "\"): " .. vnd(fine), "Điều 23 k4 " .. LAW .. "; penalty.settings.one_circumstance") end
  elseif net_m >= 2 and net_a >= 2 then
    -- Only reachable when count_after_offsetting is false: both rules apply; the text does not say which
    -- wins, so the average stands (they cancel).
    if loud then step("Có từ 02 tình tiết giảm nhẹ và từ 02 tình tiết tăng nặng: giữ mức trung bình = " .. vnd(fine), cite) end
  else
    if loud then step("Không có tình tiết (hoặc đã giảm trừ hết): áp dụng mức trung bình = " .. vnd(fine), "Điều 23 k4 " .. LAW) end
  end
  result.fine_vnd = fine
  return result
end

return M
