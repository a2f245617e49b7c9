--- Payment: the payment deadline, the late surcharge, installments and postponement.
--
-- Legal basis: Luật XLVPHC Điều 73 k1 (10 days), Điều 78 k1 (0,05 % a day; amended 2020 and 2025, rate kept),
-- Điều 79 (installments, as amended 2020, in force 2022-01-01), Điều 76 (postponement; 2020 thresholds PARTIAL);
-- Thông tư 18/2023/TT-BTC Điều 5 (in force 2023-05-05: how surcharge days are counted, no surcharge while
-- postponed or paying by installments).
-- Sources: https://pbgdplthainguyen.gov.vn/index.php/news/hoat-dong-pbgdpl-cap-tinh/thi-hanh-quyet-dinh-phat-tien-va-thu-tuc-hoan-thi-hanh-quyet-dinh-phat-tien-giam-mien-tien-phat-trong-xu-phat-vi-pham-hanh-chinh-410.html
--   https://soha.vn/nop-phat-vi-pham-giao-thong-muon-co-phai-nop-them-tien-lai-khong-bo-cong-an-tra-loi-198260302230002162.htm
--   https://plo.vn/ky-nguyen-so/cham-dong-phat-vi-pham-giao-thong-se-bi-phat-bao-nhieu-post896790.html (worked example)
--   https://hoidap.thuvienphapluat.vn/bai-viet-moi/tu-2022-bi-phat-tien-tu-15-trieu-dong-co-the-nop-phat-nhieu-lan-3B1.html
--   https://thuvienphapluat.vn/hoi-dap-phap-luat/3B543-hd-thu-tuc-hoan-thi-hanh-quyet-dinh-phat-tien-duoc-quy-dinh-nhu-the-nao.html

local settings = require "penalty.settings"
local money = require "penalty.money"
local deadlines = require "penalty.deadlines"
local violators = require "penalty.violators"

local vnd = money.vnd
local M = {}

--- Điều 73 k1: 10 days from receiving the decision; due_on is the last day, rolled over to the next working
-- day when it is a rest day or a holiday (Luật XLVPHC Điều 8 → Bộ luật Dân sự 2015 Điều 148 k5). The
-- surcharge starts the day after due_on as rolled over (calendar-vn.md §2: the roll-over moves the first
-- surcharge day too; UNCONFIRMED but the only reading under which paying on the rolled last day is on time).
function M.payment_due(request)
  local period = deadlines.days_after("payment", request.received_on, 10)
  local due = period.due_on
  if request.quiet then return { due_on = due, steps = {} } end
  local steps = { {
    text = "Thời hạn nộp phạt 10 ngày kể từ ngày nhận quyết định " .. request.received_on .. ": hạn cuối " .. due
      .. " (" .. period.text .. ")",
    citation = "Điều 73 k1 Luật XLVPHC" .. (period.moved and ("; " .. period.citation) or "") } }
  steps[2] = { text = "Tiền chậm nộp tính từ ngày " .. thanhtra.add_days(due, 1) .. " (ngày sau hạn cuối"
    .. (period.moved and " đã chuyển" or "") .. "), mọi ngày theo lịch", citation = "Điều 78 k1 Luật XLVPHC; Điều 5 TT 18/2023/TT-BTC" }
  return { due_on = due, surcharge_from_on = thanhtra.add_days(due, 1), steps = steps }
end

local function paused(day, pauses)
  for _, p in ipairs(pauses or {}) do
    -- A pause covers from_on through until_on, both included (the postponement or installment period).
    if thanhtra.compare_dates(p.from_on, day) <= 0 and thanhtra.compare_dates(day, p.until_on) <= 0 then return true end
  end
  return false
end

--- The late surcharge accrued up to `as_of` (the amount owed if the fine is paid on as_of).
-- TT 18/2023 Điều 5: every calendar day counts, from the day after the last day of the payment period to the
-- day before payment; no surcharge on paused days. Điều 78 k1: 0,05 % = 5/10 000 of the unpaid fine a day,
-- simple (not compounded). A payment made on day P stops accrual on its amount from day P on. The sum of
-- (unpaid × 5) over the days is divided by 10 000 once, at the end, rounding down.
-- The days are taken in stretches: the unpaid balance changes only on a payment day and a pause starts or ends
-- only on its first day and the day after its last, so between two such days every day counts the same and a
-- stretch of N days adds N × unpaid × 5 at once (the result is the same as counting day by day).
function M.surcharge(request)
  local steps, total_basis, days = {}, 0, 0
  local paused_days = 0
  local first = thanhtra.add_days(request.due_on, 1)
  local last = thanhtra.add_days(request.as_of, -1)
  -- Điều 74 k1 Luật XLVPHC: past the time limit for enforcing the decision (01 year) it is "no longer executed"
  -- (except confiscation and remedial measures), so no surcharge accrues on the fine after its last day. The
  -- exception for a violator who evaded or delayed execution (the period then runs from when that ended) is not
  -- recorded by thanhtra: settings.surcharge_ends_with_enforcement = false keeps counting instead.
  local expires = request.enforcement_expires_on
  local ended = settings.surcharge_ends_with_enforcement and expires ~= nil
    and thanhtra.compare_dates(expires, last) < 0
  if ended then last = expires end
  local run_from, run_balance, run_days = nil, nil, 0
  local function close_run()
    if run_days > 0 then
      steps[#steps + 1] = { text = "Từ " .. run_from .. ", " .. run_days .. " ngày × 0,05 % × " .. vnd(run_balance)
        .. " chưa nộp", citation = "Điều 78 k1 Luật XLVPHC; Điều 5 TT 18/2023/TT-BTC" }
    end
    run_from, run_balance, run_days = nil, nil, 0
  end
  -- The first day of each stretch: `first`, every payment day and every pause start and end + 1 inside (first, last].
  local starts = { first }
  local function mark(day)
    if thanhtra.compare_dates(first, day) < 0 and thanhtra.compare_dates(day, last) <= 0 then starts[#starts + 1] = day end
  end
  for _, p in ipairs(request.payments or {}) do mark(p.paid_on) end
  for _, p in ipairs(request.pauses or {}) do
    mark(p.from_on)
    mark(thanhtra.add_days(p.until_on, 1))
  end
  table.sort(starts, function(a, b) return thanhtra.compare_dates(a, b) < 0 end)
  if thanhtra.compare_dates(first, last) <= 0 then
    for i, day in ipairs(starts) do
      local following = starts[i + 1]
      if following ~= day then   -- a repeated start adds nothing
        local stretch_last = following and thanhtra.add_days(following, -1) or last
        local count = thanhtra.days_between(day, stretch_last) + 1
        local unpaid = request.fine_vnd
        for _, p in ipairs(request.payments or {}) do
          if thanhtra.compare_dates(p.paid_on, day) <= 0 then unpaid = unpaid - p.amount_vnd end
        end
        if unpaid < 0 then unpaid = 0 end
        if paused(day, request.pauses) then
          paused_days = paused_days + count
          close_run()
        elseif unpaid > 0 then
          if run_balance ~= unpaid then close_run(); run_from, run_balance = day, unpaid end
          run_days = run_days + count
          days = days + count
          total_basis = total_basis + unpaid * 5 * count   -- 5 basis points of the unpaid fine for each day
        else
          close_run()
        end
      end
    end
  end
  close_run()
  if paused_days > 0 then
    steps[#steps + 1] = { text = paused_days .. " ngày hoãn hoặc nộp phạt nhiều lần: không tính tiền chậm nộp",
                          citation = "Điều 5 TT 18/2023/TT-BTC" }
  end
  if ended then
    steps[#steps + 1] = { text = "Hết thời hiệu thi hành quyết định ngày " .. expires
      .. ": quyết định không thi hành nữa, không tính tiền chậm nộp từ ngày " .. thanhtra.add_days(expires, 1),
      citation = "Điều 74 k1 Luật XLVPHC" }
  end
  local amount = total_basis // 10000   -- rounded down once, at the end of the sum
  steps[#steps + 1] = { text = "Tiền chậm nộp " .. days .. " ngày = " .. vnd(amount) .. " (làm tròn xuống đến đồng)",
                        citation = "Điều 78 k1 Luật XLVPHC" }
  return { amount_vnd = amount, days = days, steps = steps }
end

-- Điều 79 k1 (as amended 2020): installments for fines of at least 15.000.000 đ (individual) or
-- 150.000.000 đ (organization).
local INSTALLMENT_MIN = { individual = 15000000, organization = 150000000 }

--- Điều 79: eligibility, ≤ 3 installments, all within 6 months of the decision, first ≥ 40 %, sum = total.
function M.check_installments(request)
  local problems, steps = {}, {}
  local function problem(code, message) problems[#problems + 1] = { code = code, message = message } end
  local min = INSTALLMENT_MIN[violators.basis(request.violator)]   -- a household by its setting (violators.lua)
  if request.total_vnd < min then
    problem("not_eligible", "Tổng tiền phạt " .. vnd(request.total_vnd) .. " dưới mức " .. vnd(min)
      .. " được nộp nhiều lần (Điều 79 k1)")
  else
    steps[#steps + 1] = { text = "Tổng tiền phạt " .. vnd(request.total_vnd) .. " từ " .. vnd(min) .. " trở lên: được xem xét nộp nhiều lần", citation = "Điều 79 k1 Luật XLVPHC" }
  end
  local list = request.installments or {}
  if #list < 2 or #list > 3 then
    problem("bad_plan", "Số lần nộp là " .. #list .. "; nộp nhiều lần là từ 02 đến 03 lần (Điều 79 k2)")
  end
  local last_allowed = thanhtra.add_months(request.decided_on, 6)
  local sum, previous = 0, nil
  for i, item in ipairs(list) do
    sum = sum + item.amount_vnd
    if item.amount_vnd <= 0 then problem("bad_plan", "Lần " .. i .. ": số tiền phải lớn hơn 0") end
    if previous and thanhtra.compare_dates(item.due_on, previous) <= 0 then
      problem("bad_plan", "Lần " .. i .. ": hạn nộp " .. item.due_on .. " phải sau lần trước (" .. previous .. ")")
    end
    if thanhtra.compare_dates(item.due_on, last_allowed) > 0 then
      problem("bad_plan", "Lần " .. i .. ": hạn nộp " .. item.due_on .. " quá 06 tháng kể từ ngày quyết định (hạn cuối " .. last_allowed .. ")")
    end
    previous = item.due_on
  end
  -- first ≥ 40 % of the total, compared in integers: first × 100 ≥ total × 40
  if #list >= 1 and list[1].amount_vnd * 100 < request.total_vnd * 40 then
    problem("bad_plan", "Lần thứ nhất " .. vnd(list[1].amount_vnd) .. " thấp hơn 40 % tổng tiền phạt ("
      .. vnd(request.total_vnd * 40 // 100) .. ")")
  end
  if sum ~= request.total_vnd then
    problem("bad_plan", "Tổng các lần nộp " .. vnd(sum) .. " khác tổng tiền phạt " .. vnd(request.total_vnd))
  end
  steps[#steps + 1] = { text = "Tối đa 03 lần, trong 06 tháng kể từ ngày quyết định (đến " .. last_allowed .. "), lần đầu tối thiểu 40 %", citation = "Điều 79 k2 Luật XLVPHC" }
  return { ok = #problems == 0, problems = problems, steps = steps }
end

--- Điều 76: postponement. Thresholds and the maximum length are settings (PARTIAL / UNCONFIRMED).
function M.check_postponement(request)
  local problems, steps = {}, {}
  local function problem(code, message) problems[#problems + 1] = { code = code, message = message } end
  local min = settings.postponement_min_vnd[violators.basis(request.violator)]
  if request.total_vnd < min then
    problem("not_eligible", "Tiền phạt " .. vnd(request.total_vnd) .. " dưới mức " .. vnd(min) .. " được hoãn (Điều 76 k1)")
  end
  if request.reason == nil or request.reason == "" then
    problem("not_eligible", "Thiếu lý do hoãn (hoàn cảnh kinh tế đặc biệt khó khăn, đột xuất do thiên tai, thảm họa, hỏa hoạn, dịch bệnh, bệnh hiểm nghèo, tai nạn)")
  end
  if thanhtra.compare_dates(request.from_on, request.decided_on) < 0 then
    problem("bad_plan", "Ngày bắt đầu hoãn " .. request.from_on .. " trước ngày quyết định " .. request.decided_on)
  end
  local months = settings.postponement_max_months
  local last = thanhtra.add_months(request.from_on, months)
  if thanhtra.compare_dates(request.until_on, last) > 0 then
    problem("bad_plan", "Hoãn đến " .. request.until_on .. " quá " .. months .. " tháng (hạn cuối " .. last .. ")")
  end
  if thanhtra.compare_dates(request.until_on, request.from_on) < 0 then
    problem("bad_plan", "Ngày kết thúc hoãn trước ngày bắt đầu")
  end
  steps[#steps + 1] = { text = "Ngưỡng được hoãn: " .. vnd(min) .. "; thời gian hoãn tối đa " .. months .. " tháng (thiết lập của gói quy tắc, chưa được xác nhận sau 2020)", citation = "Điều 76 Luật XLVPHC" }
  return { ok = #problems == 0, problems = problems, steps = steps }
end

return M
