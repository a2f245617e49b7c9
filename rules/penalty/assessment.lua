--- penalty.assess: the lines, totals, deadlines, competence and refusals of one case, against a catalog.
--
-- Legal basis: Luật XLVPHC Điều 3 k1 d (each violation fined separately), Điều 6 (limitation), Điều 65, 66,
-- 74; the version of each violation by penalty/leniency.lua (Luật Ban hành VBQPPL); the fine inside a frame by
-- penalty/policy.lua. Effective: cases decided from 2022-01-01 (the texts of earlier days are versions of the
-- catalog).

local circumstances = require "penalty.circumstances"
local policy = require "penalty.policy"
local deadlines = require "penalty.deadlines"
local competence = require "penalty.competence"
local leniency = require "penalty.leniency"
local money = require "penalty.money"

local vnd = money.vnd
local strict = require "lib.strict"
-- Globals read for every case, kept as locals: once the pack is loaded the host freezes the globals, and each
-- read of a global then goes through the frozen table's metatable (rules diff reads them millions of times).
local compare_dates, ipairs = thanhtra.compare_dates, ipairs

local M = {}

local function append(list, items)
  for _, item in ipairs(items) do list[#list + 1] = item end
end

--- ` (có phải "X"?)` when `code` is a likely misspelling of a key of `known`, else "".
local function did_you_mean(code, known)
  if type(code) ~= "string" then return "" end
  local near = strict.nearest(code, known)
  return near and (" (có phải \"" .. near .. "\"?)") or ""
end

--- Known circumstance codes counted; unknown ones reported with the code most likely meant (`index`: the line
-- they belong to, nil for the case).
local function count_circumstances(codes, by_code, kind, problems, index)
  if codes == nil or codes[1] == nil then return 0 end   -- most cases name none
  local n = 0
  for _, code in ipairs(codes) do
    if by_code[code] then
      n = n + 1
    else
      problems[#problems + 1] = { code = "unknown_circumstance",
        message = (index and ("Dòng " .. index .. ": ") or "") .. "Tình tiết " .. kind .. " \"" .. tostring(code)
          .. "\" không có trong danh mục" .. did_you_mean(code, by_code),
        hint = "xem các mã bằng lệnh `thanhtra rules circumstances`" }
    end
  end
  return n
end

--- The known codes of `own` (one violation's circumstances) that the case's list `shared` does not name already:
-- a circumstance named for the case and again for one of its violations counts once for that violation.
local function count_own(own, shared, by_code, kind, problems, index)
  if own == nil or #own == 0 then return 0 end
  local seen = {}
  for _, code in ipairs(shared or {}) do seen[code] = true end
  local extra = {}
  for _, code in ipairs(own) do
    if not seen[code] then
      seen[code] = true
      extra[#extra + 1] = code
    end
  end
  return count_circumstances(extra, by_code, kind, problems, index)
end

--- "từ 2020-12-05 đến 2021-12-31 và từ 2022-01-01": the periods in which the act was a violation.
local function periods(versions)
  local parts = {}
  for _, entry in ipairs(versions) do
    if entry.sanctioned ~= false then
      parts[#parts + 1] = "từ " .. entry.effective_from .. (entry.effective_to and (" đến " .. entry.effective_to) or "")
    end
  end
  return table.concat(parts, " và ")
end

--- The assessment of `request` (docs/rule-contract.md, penalty.assess) with `catalog` (penalty/catalog).
--
-- With `quiet` (bulk work: rules diff, recompute) the host reads only the figures: no step is built, and nothing
-- is made only to be thrown away (no per-violation closure or argument table). Every other field of the answer
-- is the one a loud call gives.
function M.assess(catalog, request)
  local problems, case_steps, lines = {}, {}, {}
  local quiet = request.quiet
  local loud = not quiet   -- quiet: only the figures; steps stay empty (docs/rule-contract.md, `quiet`)
  local reference = request.decided_on or request.today   -- the day limitation and leniency are judged on
  local m = count_circumstances(request.mitigating, circumstances.mitigating_by_code, "giảm nhẹ", problems)
  local a = count_circumstances(request.aggravating, circumstances.aggravating_by_code, "tăng nặng", problems)
  local total_fine, total_remedial = 0, 0
  local competence_lines = request.signer and {}   -- only a signer's competence reads them

  -- The circumstances weighed for the violation being judged (Điều 9, 10: those of the case and those of this
  -- violation), set for each violation in the loop below and read by `compute`.
  local lm, la

  --- The fine `entry` gives this case, with the sector maximum in force on `on`, weighing `lm` mitigating and
  -- `la` aggravating circumstances: the figures only when quiet, with their steps otherwise. One function for the
  -- whole case: leniency.choose calls it for the texts it compares.
  local function compute(entry, on)
    if quiet then return policy.figures(request.violator, entry, on, request.minor, lm, la) end
    return policy.fine{
      violator = request.violator, sector = entry.sector, on = on,
      frame_min_vnd = entry.frame_min_vnd, frame_max_vnd = entry.frame_max_vnd, stated_for = entry.stated_for,
      warning_allowed = entry.warning_allowed, minor = request.minor, mitigating = lm, aggravating = la,
      basis = entry.basis,
    }
  end

  for index, violation in ipairs(request.violations or {}) do
    -- Circumstances attach to one violation (Điều 9, 10 Luật XLVPHC): the case's apply to every line, a line's
    -- own only to it.
    lm = m + count_own(violation.mitigating, request.mitigating, circumstances.mitigating_by_code, "giảm nhẹ",
      problems, index)
    la = a + count_own(violation.aggravating, request.aggravating, circumstances.aggravating_by_code, "tăng nặng",
      problems, index)
    local choice = leniency.choose(catalog, violation.code, violation.committed_on, reference, not request.decided_on,
      quiet, compute)
    if choice.status == "unknown" then
      problems[#problems + 1] = { code = "unknown_violation",
        message = "Dòng " .. index .. ": mã hành vi \"" .. tostring(violation.code) .. "\" không có trong danh mục"
          .. did_you_mean(violation.code, catalog.versions),
        hint = "xem các mã bằng lệnh `thanhtra rules catalog`" }
      lines[index] = { code = violation.code, title = "", basis = "", sector = "", frame_min_vnd = 0, frame_max_vnd = 0,
        fine_vnd = 0, warning = false, remedies = {}, steps = {} }
    else
      local entry = choice.entry
      -- This line's problems go straight to the case's list, in the same order: `first` is where they start.
      local first = #problems + 1
      local computed = choice.computed
      if choice.status == "not_in_force" then
        computed = compute(entry, violation.committed_on)
        local message = "Dòng " .. index .. ": " .. violation.code .. " có hiệu lực " .. periods(choice.versions)
          .. ", không áp dụng cho hành vi ngày " .. violation.committed_on
        if choice.repealed then
          message = "Dòng " .. index .. ": " .. violation.code .. " không còn bị xử phạt từ ngày "
            .. choice.repealed.effective_from .. " (" .. choice.repealed.basis .. "), không áp dụng cho hành vi ngày "
            .. violation.committed_on
        end
        problems[#problems + 1] = { code = "not_in_force", message = message }
      end
      -- Limitation runs from the violation, under the text in force when it was committed (sector of that text).
      local limitation = deadlines.limitation(choice.committed or entry, violation, request.record_on, quiet)
      if compare_dates(reference, limitation.expires_on) > 0 then
        problems[#problems + 1] = { code = "limitation_expired",
          message = "Dòng " .. index .. ": hết thời hiệu " .. limitation.years .. " năm tính từ " .. limitation.starts_on
            .. "; ngày cuối còn được xử phạt là " .. limitation.expires_on .. ", ngày xét " .. reference,
          hint = "không xử phạt; vẫn áp dụng biện pháp khắc phục hậu quả (Điều 65)" }
      end
      local steps = {}
      if loud then
        steps[1] = { text = limitation.text, citation = limitation.citation }
        append(steps, choice.steps or {})
      end
      local fine = computed.fine_vnd
      if entry.sanctioned == false then
        -- The more lenient text sanctions nothing: no fine, no warning, no remedy of the old text.
        computed = { frame_min_vnd = 0, frame_max_vnd = 0, fine_vnd = 0, warning = false }
        fine = 0
        problems[#problems + 1] = { code = "no_longer_sanctioned",
          message = "Dòng " .. index .. ": hành vi " .. violation.code .. " không còn bị xử phạt từ ngày "
            .. entry.effective_from .. " (" .. entry.basis .. ")",
          hint = "không ra quyết định xử phạt hành vi này: văn bản mới có lợi hơn cho người vi phạm được áp dụng ("
            .. leniency.law(reference).lenient .. ")" }
        if loud then
          steps[#steps + 1] = { text = "Không xử phạt: " .. entry.basis .. " không còn quy định hành vi này là vi phạm "
            .. "từ ngày " .. entry.effective_from, citation = leniency.law(reference).lenient }
        end
      elseif loud then
        append(steps, computed.steps)
      end
      if #problems >= first and entry.sanctioned ~= false then
        fine = 0
        if loud then
          steps[#steps + 1] = { text = "Không phạt tiền: " .. problems[first].message, citation = "Điều 6, Điều 65 Luật XLVPHC" }
        end
      end
      local remedies = {}
      if entry.sanctioned ~= false then
        for _, r in ipairs(entry.remedies or {}) do
          local out = { code = r.code, title = r.title }
          if r.illegal_gain then
            out.amount_vnd = violation.illegal_gain_vnd or 0
            total_remedial = total_remedial + out.amount_vnd
            if loud then
              steps[#steps + 1] = { text = "Buộc nộp lại số lợi bất hợp pháp: " .. vnd(out.amount_vnd), citation = "Điều 28 k1 i Luật XLVPHC" }
            end
          end
          remedies[#remedies + 1] = out
        end
      end
      total_fine = total_fine + fine   -- Điều 3 k1 d: each violation fined separately, the total is the sum
      lines[index] = { code = entry.code, title = entry.title, basis = entry.basis, sector = entry.sector,
        frame_min_vnd = computed.frame_min_vnd, frame_max_vnd = computed.frame_max_vnd,
        fine_vnd = fine, warning = computed.warning, remedies = remedies,
        -- Quiet, deadlines.limitation's table holds exactly these four fields and is this line's own.
        limitation = quiet and limitation or { years = limitation.years, starts_on = limitation.starts_on,
          expires_on = limitation.expires_on, citation = limitation.citation },
        applied = choice.applied,
        steps = steps }
      if competence_lines then
        competence_lines[#competence_lines + 1] = { index = index, code = entry.code, sector = entry.sector,
          frame_max_vnd = computed.frame_max_vnd }
      end
    end
  end

  local due_on = deadlines.decision_due(request, problems, case_steps)
  if loud then
    case_steps[#case_steps + 1] = { text = "Tổng tiền phạt = " .. vnd(total_fine) .. " (mỗi hành vi bị xử phạt riêng, cộng lại)",
                                    citation = "Điều 3 k1 d Luật XLVPHC" }
  end

  local result = { lines = lines, total_fine_vnd = total_fine, total_remedial_vnd = total_remedial,
                   decision_due_on = due_on, steps = case_steps, problems = problems }
  if request.decided_on then
    local enforcement = deadlines.enforcement(request.decided_on)
    result.enforcement_expires_on = enforcement.due_on
    if loud then
      case_steps[#case_steps + 1] = { text = "Thời hiệu thi hành quyết định 01 năm: đến hết ngày " .. result.enforcement_expires_on
        .. " (" .. enforcement.text .. ")",
        citation = "Điều 74 k1 Luật XLVPHC" .. (enforcement.moved and ("; " .. enforcement.citation) or "") }
      local sending = deadlines.sending(request.decided_on)
      case_steps[#case_steps + 1] = { text = "Gửi quyết định cho người bị xử phạt: " .. sending.text .. " → " .. sending.due_on,
                                      citation = "Điều 70 Luật XLVPHC" }
    end
  end
  if request.signer then
    local checked, competence_problems, competence_steps = competence.check(request.signer, request.violator,
      competence_lines, reference)
    result.competence = checked
    append(case_steps, competence_steps)
    append(problems, competence_problems)
  end
  return result
end

return M
