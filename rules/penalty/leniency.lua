--- Which version of a violation applies: the text in force on the violation date, or a more lenient one in
-- force on the decision date (the leniency principle).
--
-- Legal basis: Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13 (sửa đổi 2020), Điều 156 k1 and k4, for
-- decisions before 2025-04-01; Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 from 2025-04-01 (article
-- UNCONFIRMED). Sources and status: penalty/settings.lua, `leniency_law`.
--   k1: "Văn bản quy phạm pháp luật được áp dụng đối với hành vi xảy ra tại thời điểm mà văn bản đó đang có
--       hiệu lực" — https://kiemdinhxaydungmiennam.com/cac-van-ban-quy-pham-phap-luat-do-cung-mot-co-quan-ban-hanh-co-quy-dinh-khac-nhau-ve-cung-mot-van-de
--   k4: "Trong trường hợp văn bản quy phạm pháp luật mới không quy định trách nhiệm pháp lý hoặc quy định trách
--       nhiệm pháp lý nhẹ hơn đối với hành vi xảy ra trước ngày văn bản có hiệu lực thì áp dụng văn bản mới"
--       — same page; https://evbn.org/trang-thong-tin-dien-tu-vu-phap-che-1680749524
-- Effective: every decision and preview; the decision date is `decided_on`, or `today` for a preview.
--
-- "Lighter" compares what each text gives this case (settings.leniency_compare): no sanction is lighter than a
-- warning, a warning lighter than any fine, and a smaller fine lighter than a larger one. A tie keeps the text in
-- force on the violation date: the principle moves to the new text only when it is more favourable.

local say = require "lib.say"
local settings = require "penalty.settings"
local money = require "penalty.money"

local vnd = money.vnd
-- Globals read for every case, kept as locals: once the pack is loaded the host freezes the globals, and each
-- read of a global then goes through the frozen table's metatable (rules diff reads them millions of times).
local compare_dates, ipairs = thanhtra.compare_dates, ipairs

local M = {}

--- The law on applying texts, as in force on `day`: { applies = citation, lenient = citation }.
function M.law(day)
  local chosen = settings.leniency_law[1]
  for _, period in ipairs(settings.leniency_law) do
    if compare_dates(period.from, day) <= 0 then chosen = period end
  end
  return chosen
end

--- "khoản 4 Điều 26 Nghị định 125/2020/NĐ-CP (hiệu lực từ 2020-12-05 đến 2021-12-31)"
function M.describe(entry)
  return entry.basis .. " (hiệu lực từ " .. entry.effective_from
    .. (entry.effective_to and (" đến " .. entry.effective_to) or "") .. ")"
end

--- What a text gives this case, in words.
local function outcome(entry, computed)
  if entry.sanctioned == false then return "không còn quy định xử phạt hành vi này" end
  if computed.warning then return "phạt cảnh cáo" end
  return "khung " .. vnd(computed.frame_min_vnd) .. "–" .. vnd(computed.frame_max_vnd) .. ", mức phạt "
    .. vnd(computed.fine_vnd)
end

--- Whether the new text is more lenient for the violator than the old one: (lighter, why).
function M.compare(new_entry, new, old_entry, old)
  if new_entry.sanctioned == false then
    return true, "văn bản mới không còn quy định xử phạt hành vi này"
  end
  if new.warning and not old.warning then
    return true, "phạt cảnh cáo thay vì phạt tiền " .. vnd(old.fine_vnd)
  end
  if old.warning then
    return false, new.warning and "cả hai văn bản đều cho phạt cảnh cáo"
      or "văn bản có hiệu lực vào ngày vi phạm cho phạt cảnh cáo, văn bản mới phạt tiền " .. vnd(new.fine_vnd)
  end
  local rule = settings.leniency_compare
  if rule == "computed_fine" then
    local text = "mức phạt cho vụ việc này " .. vnd(new.fine_vnd)
    if new.fine_vnd < old.fine_vnd then return true, text .. " thấp hơn " .. vnd(old.fine_vnd) end
    if new.fine_vnd == old.fine_vnd then return false, text .. " bằng mức theo văn bản có hiệu lực vào ngày vi phạm" end
    return false, text .. " cao hơn " .. vnd(old.fine_vnd)
  elseif rule == "frame" then
    local new_frame = vnd(new.frame_min_vnd) .. "–" .. vnd(new.frame_max_vnd)
    local old_frame = vnd(old.frame_min_vnd) .. "–" .. vnd(old.frame_max_vnd)
    if new.frame_min_vnd <= old.frame_min_vnd and new.frame_max_vnd <= old.frame_max_vnd
      and (new.frame_min_vnd < old.frame_min_vnd or new.frame_max_vnd < old.frame_max_vnd) then
      return true, "khung " .. new_frame .. " nhẹ hơn khung " .. old_frame
    end
    return false, "khung " .. new_frame .. " không nhẹ hơn khung " .. old_frame
  end
  say.error(1, "penalty.settings.leniency_compare must be \"computed_fine\" or \"frame\", got " .. tostring(rule),
    "penalty.settings.leniency_compare phải là \"computed_fine\" hoặc \"frame\", không phải " .. tostring(rule))
end

--- The `applied` of a line: which text was applied and why (a fresh table: it goes into the answer).
local function applied(entry, why)
  return { code = entry.code, basis = entry.basis, effective_from = entry.effective_from,
           effective_to = entry.effective_to, sanctioned = entry.sanctioned ~= false, why = why }
end

local NO_STEPS = {}   -- the steps of a quiet choice: never filled, never handed out in an answer

--- The version of a violation that applies.
-- choose(catalog, code, committed_on, reference, previewing, quiet, compute) with reference the decision date (or
-- today for a preview), previewing a bool, compute(entry, on) → the policy.fine figures of this case under `entry`
-- (a table with fine_vnd, frame_min_vnd, frame_max_vnd, warning), quiet true when the host reads only the figures
-- (then `steps` is left empty and no text is built for it). Positional arguments: penalty.assess asks this for
-- every violation of every case, and rules diff runs millions.
-- returns one of
--   { status = "unknown" }                                  no version of the code at all;
--   { status = "not_in_force", entry = nearest, repealed }  not a violation on the violation date;
--   { status = "applied", entry, computed, steps, applied, other } where `steps` say which text applies and why
--     (to put before the computation steps), `applied` = { code, basis, effective_from, effective_to, why } with
--     why one of "in_force_on_both_dates", "in_force_on_violation_date", "more_lenient",
--     "no_version_on_decision_date", and `other` the version in force on the decision date when it differs.
function M.choose(catalog, code, committed_on, reference, previewing, quiet, compute)
  local all = catalog.versions_of(code)
  if #all == 0 then return { status = "unknown" } end

  local committed = catalog.in_force_on(code, committed_on)
  if committed == nil or committed.sanctioned == false then
    local after, before   -- shown instead: the first sanctioned version after that day, else the last before
    for _, entry in ipairs(all) do
      if entry.sanctioned ~= false then
        if compare_dates(entry.effective_from, committed_on) > 0 then
          after = after or entry
        else
          before = entry
        end
      end
    end
    return { status = "not_in_force", entry = after or before or all[1], repealed = committed, versions = all }
  end

  local old = compute(committed, committed_on)
  if compare_dates(reference, committed_on) <= 0 or catalog.in_force(committed, reference) then
    -- The common case: one text on both days. Quiet, nothing more is needed than the figures.
    if quiet then
      return { status = "applied", entry = committed, committed = committed, computed = old,
               applied = applied(committed, "in_force_on_both_dates"), steps = NO_STEPS }
    end
    local label = previewing and "ngày xem xét" or "ngày ra quyết định"
    return { status = "applied", entry = committed, committed = committed, computed = old,
      applied = applied(committed, "in_force_on_both_dates"),
      steps = { { text = "Văn bản áp dụng: " .. M.describe(committed)
        .. ", có hiệu lực cả vào ngày vi phạm " .. committed_on .. " và " .. label .. " " .. reference,
        citation = M.law(reference).applies } } }
  end

  local law = M.law(reference)
  local label = previewing and "ngày xem xét" or "ngày ra quyết định"
  local Label = previewing and "Ngày xem xét" or "Ngày ra quyết định"
  local later = catalog.in_force_on(code, reference)
  if later == nil then
    return { status = "applied", entry = committed, committed = committed, computed = old,
      applied = applied(committed, "no_version_on_decision_date"),
      steps = { { text = "Văn bản áp dụng: " .. M.describe(committed) .. ", có hiệu lực vào ngày vi phạm "
        .. committed_on .. ". Danh mục không có văn bản nào của hành vi này có hiệu lực vào " .. label .. " "
        .. reference .. ": nếu văn bản thay thế quy định nhẹ hơn, cần bổ sung vào danh mục để áp dụng văn bản có lợi "
        .. "cho người vi phạm", citation = law.applies } } }
  end

  local new = later.sanctioned == false and { fine_vnd = 0, warning = false, frame_min_vnd = 0, frame_max_vnd = 0, steps = {} }
    or compute(later, reference)
  local steps = {
    { text = "Ngày vi phạm " .. committed_on .. ": văn bản có hiệu lực là " .. M.describe(committed)
      .. "; theo văn bản này: " .. outcome(committed, old), citation = committed.basis },
    { text = Label .. " " .. reference .. ": văn bản có hiệu lực là " .. M.describe(later)
      .. "; theo văn bản này: " .. outcome(later, new), citation = later.basis },
  }
  local lighter, why = M.compare(later, new, committed, old)
  if lighter then
    steps[#steps + 1] = { text = "Văn bản mới có lợi hơn cho người vi phạm (" .. why .. "): áp dụng " .. later.basis
      .. " cho hành vi xảy ra trước ngày văn bản có hiệu lực", citation = law.lenient }
    return { status = "applied", entry = later, committed = committed, computed = new, steps = steps,
             applied = applied(later, "more_lenient"), other = committed }
  end
  steps[#steps + 1] = { text = "Văn bản mới không có lợi hơn cho người vi phạm (" .. why
    .. "): áp dụng văn bản có hiệu lực vào ngày vi phạm, " .. committed.basis, citation = law.applies }
  return { status = "applied", entry = committed, committed = committed, computed = old, steps = steps,
           applied = applied(committed, "in_force_on_violation_date"), other = later }
end

return M
