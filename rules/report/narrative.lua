--- The narrative paragraph of a period report (the text an officer pastes into the written report, Mẫu số 01
-- of TT 01/2024/TT-TTCP, part "kết quả công tác thanh tra"), from a template kept here.
--
-- Legal basis: none beyond the forms' figures (report/forms.lua); wording follows provincial reports
-- (legal-vn.md §2.6, §3.2, §4: "đã thu hồi 13.515/19.611 triệu đồng; xử lý hành chính 16/32 tổ chức, 63/139 cá
-- nhân"). Money wording: report/money.lua `words` (exact as officials write it, or rounded down with "hơn" when
-- settings.narrative_round_money asks); land: exact m²; rates with one decimal. Effective: always.
--
-- Who speaks: settings.reporting_level "sector" says "toàn ngành"; otherwise the body's own name,
-- settings.reporting_body ("Thanh tra tỉnh Nghệ An"). The inspections are told per scope (settings.scopes:
-- administrative, then specialized), each from its scoped figures ("hanh_chinh:inspections.total"), so an
-- administrative count never includes specialized inspections; a scope with no inspection is left out.
--
-- The template: each clause below is said only when one of its figures is not zero; inside a clause, the
-- parts with a zero figure are left out. {name} is replaced by a value; {from} and {through} are the period's
-- first and last days (dd/mm/yyyy); {subject} the reporting body (above); {scope} the scope's name.

local say = require "lib.say"
local settings = require "report.settings"
local money = require "report.money"
local periods = require "report.periods"
local forms = require "report.forms"
local bodies = require "report.bodies"

local M = {}

M.template = {
  period = "Trong kỳ (từ {from} đến {through}), ",
  opening = "{subject} triển khai {total} cuộc {scope}",
  nothing = "{subject} không triển khai cuộc thanh tra nào",
  start_parts = { { figure = "inspections.carried_over", text = "kỳ trước chuyển sang {n} cuộc" },
                  { figure = "inspections.opened", text = "triển khai mới {n} cuộc" } },
  mode_intro = "trong đó ",
  mode_parts = { { figure = "inspections.scheduled", text = "{n} cuộc theo kế hoạch" },
                 { figure = "inspections.unscheduled", text = "{n} cuộc đột xuất" },
                 { figure = "inspections.regular", text = "{n} cuộc thường xuyên" } },
  clauses = {
    { intro = "đã ban hành kết luận ",
      parts = { { figure = "inspections.concluded", text = "{n} cuộc" } } },
    { intro = "phát hiện sai phạm ", joiner = " và ",
      parts = { { figure = "violations.money_vnd", text = "{money}" },
                { figure = "violations.land_dm2", text = "{land} đất" } } },
    { intro = "kiến nghị thu hồi ", joiner = " và ",
      parts = { { figure = "recovery.recommended_vnd", text = "{money}" },
                { figure = "recovery.recommended_land_dm2", text = "{land} đất" } } },
    { intro = "kiến nghị xử lý khác về kinh tế ",
      parts = { { figure = "other_financial.recommended_vnd", text = "{money}" } } },
    -- The handling recommended, by how (kiểm điểm rút kinh nghiệm, xử lý kỷ luật, xử lý hành chính); the three
    -- add up to handling.collectives_recommended and handling.persons_recommended.
    { intro = "kiến nghị kiểm điểm rút kinh nghiệm ",
      parts = { { figure = "handling.review_collectives_recommended", text = "{n} tập thể" },
                { figure = "handling.review_persons_recommended", text = "{n} cá nhân" } } },
    { intro = "kiến nghị xử lý kỷ luật ",
      parts = { { figure = "handling.discipline_collectives_recommended", text = "{n} tập thể" },
                { figure = "handling.discipline_persons_recommended", text = "{n} cá nhân" } } },
    { intro = "kiến nghị xử lý hành chính ",
      parts = { { figure = "handling.administrative_collectives_recommended", text = "{n} tập thể" },
                { figure = "handling.administrative_persons_recommended", text = "{n} cá nhân" } } },
    { intro = "chuyển cơ quan điều tra ",
      parts = { { figure = "transfer.cases", text = "{n} vụ" },
                { figure = "transfer.persons", text = "{n} đối tượng" } } },
    -- The policy recommendations, in documents to issue, amend or repeal.
    { intro = "kiến nghị hoàn thiện cơ chế, chính sách, pháp luật ",
      parts = { { figure = "policy.documents_recommended", text = "{n} văn bản" } } },
  },
  -- What follow-up recorded in the period, against what the period's conclusions recommended: "đã thu hồi
  -- 5,1 triệu đồng, đạt 48,6% số kiến nghị thu hồi"; "đã xử lý hành chính 1/3 tập thể, 4/14 cá nhân".
  recovered = "đã thu hồi {money}",
  recovered_rate = ", đạt {rate} số tiền kiến nghị thu hồi",
  recovered_land = "{land} đất",
  handled_intro = "đã xử lý hành chính ",
  handled_parts = { { figure = "handling.collectives_handled", of = "handling.collectives_recommended", text = "tập thể" },
                    { figure = "handling.persons_handled", of = "handling.persons_recommended", text = "cá nhân" } },
  prosecuted = "đã khởi tố {n} vụ",
  prosecuted_persons = ", {n} đối tượng",
  policy_done = "đã hoàn thiện cơ chế, chính sách, pháp luật {n} văn bản",
  -- The inspections still in progress at the period's end, and the follow-up stock of the conclusions (as of the
  -- end: "theo dõi thực hiện 97 kết luận, đã thực hiện xong 61, chưa thực hiện xong 36; đã thu 13,515 tỷ đồng
  -- trên 19,611 tỷ đồng phải thu, đạt 68,9%; đã xử lý 16/32 tập thể, 63/139 cá nhân").
  ongoing = "đến cuối kỳ còn {n} cuộc đang thực hiện",
  ongoing_units = " tại {n} đơn vị",
  stock = "theo dõi thực hiện {n} kết luận thanh tra",
  stock_parts = { { figure = "followup.conclusions_done", text = "đã thực hiện xong {n}" },
                  { figure = "followup.conclusions_pending", text = "chưa thực hiện xong {n}" } },
  stock_recovered = "đã thu {money} trên {due} phải thu",
  stock_rate = ", đạt {rate}",
  stock_handled_intro = "đã xử lý ",
  stock_handled_parts = { { figure = "followup.collectives_handled", of = "followup.collectives_due", text = "tập thể" },
                          { figure = "followup.persons_handled", of = "followup.persons_due", text = "cá nhân" } },
  stock_prosecuted = "đã khởi tố {n} vụ",
  -- The stock's land: "đã thu 120 m² đất trên 300 m² phải thu, đạt 40,0%" (said when land is due or returned).
  stock_land = "đã thu {land} đất trên {due} phải thu",
  -- The stock's handled collectives and persons by how they were to be handled, said only when a class other
  -- than xử lý hành chính was recorded (otherwise every one handled is xử lý hành chính, as said before classes).
  stock_classes_intro = " (trong đó ",
  stock_classes = {
    { text = "kiểm điểm rút kinh nghiệm", parts = {
      { figure = "followup.review_collectives_handled", text = "{n} tập thể" },
      { figure = "followup.review_persons_handled", text = "{n} cá nhân" } } },
    { text = "xử lý kỷ luật", parts = {
      { figure = "followup.discipline_collectives_handled", text = "{n} tập thể" },
      { figure = "followup.discipline_persons_handled", text = "{n} cá nhân" } } },
    { text = "xử lý hành chính", parts = {
      { figure = "followup.administrative_collectives_handled", text = "{n} tập thể" },
      { figure = "followup.administrative_persons_handled", text = "{n} cá nhân" } } },
  },
  -- Said only when the violators penalized are fewer than the decisions (one received several).
  violators = "đối với {parts} vi phạm",
  violator_parts = { { figure = "penalty.violators_organizations", text = "{n} tổ chức" },
                     { figure = "penalty.violators_persons", text = "{n} cá nhân" } },
  penalty_opening = "Xử phạt vi phạm hành chính: {decisions} quyết định",
  penalty_parts = { { figure = "penalty.decisions_organizations", text = "{n} tổ chức" },
                    { figure = "penalty.decisions_individuals", text = "{n} cá nhân" } },
  penalty_clauses = {
    { sep = ", ", intro = "tổng số tiền phạt ", parts = { { figure = "penalty.fines_imposed_vnd", text = "{money}" } } },
    { sep = "; ", intro = "đã thu ", parts = { { figure = "penalty.fines_collected_vnd", text = "{money}" } } },
    -- What the decisions impose besides fines (case decide --confiscated-vnd, --licence-revocations,
    -- --activity-suspensions, --remedial-measures); each said only when not zero.
    { sep = "; ", intro = "tịch thu tang vật, phương tiện vi phạm trị giá ",
      parts = { { figure = "penalty.confiscated_vnd", text = "{money}" } } },
    { sep = "; ", intro = "áp dụng hình thức xử phạt bổ sung: ",
      parts = { { figure = "penalty.licence_revocations", text = "tước quyền sử dụng giấy phép, chứng chỉ hành nghề {n} trường hợp" },
                { figure = "penalty.activity_suspensions", text = "đình chỉ hoạt động {n} trường hợp" } } },
    { sep = "; ", intro = "áp dụng ",
      parts = { { figure = "penalty.remedial_measures", text = "{n} biện pháp khắc phục hậu quả" } } },
  },
}

local function fill(text, values)
  return (text:gsub("{(%w+)}", function(key)
    local v = values[key]
    if v == nil then say.error(1, "report.narrative: the template names {" .. key .. "}, which has no value",
      "report.narrative: mẫu câu có {" .. key .. "}, nhưng không có giá trị nào cho nó") end
    return v
  end))
end

local function words(v) return money.words(v, settings.narrative_round_money) end

--- The classes of handling that a report made before them (a filed report, re-rendered) does not carry: its
-- xử lý hành chính is then the whole handling figure, as it was said then.
local derived_handling = {
  ["handling.administrative_collectives_recommended"] = { whole = "handling.collectives_recommended",
    others = { "handling.review_collectives_recommended", "handling.discipline_collectives_recommended" } },
  ["handling.administrative_persons_recommended"] = { whole = "handling.persons_recommended",
    others = { "handling.review_persons_recommended", "handling.discipline_persons_recommended" } },
}

--- The figure `name` read through `key` (the scope's prefix), 0 when absent; an absent xử lý hành chính class is
-- the handling figure less the other classes (derived_handling).
local function reader(figures, key)
  return function(name)
    local v = figures[key(name)]
    if v ~= nil then return v end
    local derived = derived_handling[name]
    if derived == nil then return 0 end
    v = figures[key(derived.whole)] or 0
    for _, other in ipairs(derived.others) do v = v - (figures[key(other)] or 0) end
    return v
  end
end

--- The parts of a list whose figure is not zero, filled in.
local function parts(value, list)
  local out = {}
  for _, part in ipairs(list) do
    local v = value(part.figure)
    if v ~= 0 then
      out[#out + 1] = fill(part.text, { n = money.group(v), money = words(v), land = money.m2(v) })
    end
  end
  return out
end

--- Clauses whose figures are not all zero: "intro part1, part2", each preceded by its `sep` (default "; ").
local function clauses(value, list)
  local out = {}
  for _, clause in ipairs(list) do
    local p = parts(value, clause.parts)
    if #p > 0 then out[#out + 1] = (clause.sep or "; ") .. clause.intro .. table.concat(p, clause.joiner or ", ") end
  end
  return out
end

--- The follow-up clauses: recovered money (with its rate against the recovery recommended) and land; handled
-- collectives and persons as "handled/recommended"; prosecuted cases; policy documents done.
local function follow_up(value)
  local t = M.template
  local out = {}
  local recovered, land = value("recovery.recovered_vnd"), value("recovery.recovered_land_dm2")
  if recovered ~= 0 or land ~= 0 then
    local said = {}
    if recovered ~= 0 then
      local text = fill(t.recovered, { money = words(recovered) })
      local rate = money.percent(recovered, value("recovery.recommended_vnd"))
      if rate then text = text .. fill(t.recovered_rate, { rate = rate }) end
      said[#said + 1] = text
    end
    if land ~= 0 then
      said[#said + 1] = (recovered ~= 0 and "" or "đã thu hồi ") .. fill(t.recovered_land, { land = money.m2(land) })
    end
    out[#out + 1] = "; " .. table.concat(said, " và ")
  end
  local handled = {}
  for _, part in ipairs(t.handled_parts) do
    local done, of = value(part.figure), value(part.of)
    if done ~= 0 then
      handled[#handled + 1] = money.group(done) .. (of ~= 0 and ("/" .. money.group(of)) or "") .. " " .. part.text
    end
  end
  if #handled > 0 then out[#out + 1] = "; " .. t.handled_intro .. table.concat(handled, ", ") end
  local prosecuted = value("transfer.cases_accepted")
  if prosecuted ~= 0 then
    local text = fill(t.prosecuted, { n = money.group(prosecuted) })
    local persons = value("transfer.persons_accepted")
    if persons ~= 0 then text = text .. fill(t.prosecuted_persons, { n = money.group(persons) }) end
    out[#out + 1] = "; " .. text
  end
  local documents = value("policy.documents_done")
  if documents ~= 0 then out[#out + 1] = "; " .. fill(t.policy_done, { n = money.group(documents) }) end
  return table.concat(out)
end

--- The stock's handled by class, " (trong đó kiểm điểm rút kinh nghiệm 1 tập thể; xử lý kỷ luật 2 cá nhân)", or ""
-- when only xử lý hành chính was recorded (template.stock_classes).
local function stock_classes(value)
  local t = M.template
  local other = false
  for i = 1, 2 do
    for _, part in ipairs(t.stock_classes[i].parts) do
      if value(part.figure) ~= 0 then other = true end
    end
  end
  if not other then return "" end
  local said = {}
  for _, class in ipairs(t.stock_classes) do
    local p = parts(value, class.parts)
    if #p > 0 then said[#said + 1] = class.text .. " " .. table.concat(p, ", ") end
  end
  return t.stock_classes_intro .. table.concat(said, "; ") .. ")"
end

--- The inspections in progress at the period's end, and the follow-up stock of the conclusions to implement.
local function progress_and_stock(value)
  local t = M.template
  local out = {}
  local ongoing = value("inspections.ongoing")
  if ongoing ~= 0 then
    local text = fill(t.ongoing, { n = money.group(ongoing) })
    local units = value("inspections.ongoing_subjects")
    if units ~= 0 then text = text .. fill(t.ongoing_units, { n = money.group(units) }) end
    out[#out + 1] = "; " .. text
  end
  local conclusions = value("followup.conclusions")
  if conclusions == 0 then return table.concat(out) end
  local said = { fill(t.stock, { n = money.group(conclusions) }) .. ", " .. table.concat(parts(value, t.stock_parts), ", ") }
  local recovered, due = value("followup.recovered_vnd"), value("followup.recovery_due_vnd")
  if recovered ~= 0 then
    local text = fill(t.stock_recovered, { money = words(recovered), due = words(due) })
    local rate = money.percent(recovered, due)
    if rate then text = text .. fill(t.stock_rate, { rate = rate }) end
    said[#said + 1] = text
  end
  local handled = {}
  for _, part in ipairs(t.stock_handled_parts) do
    local done, of = value(part.figure), value(part.of)
    if done ~= 0 then
      handled[#handled + 1] = money.group(done) .. (of ~= 0 and ("/" .. money.group(of)) or "") .. " " .. part.text
    end
  end
  local land, land_due = value("followup.land_recovered_dm2"), value("followup.land_due_dm2")
  if land ~= 0 or land_due ~= 0 then
    local text = fill(t.stock_land, { land = money.m2(land), due = money.m2(land_due) })
    local rate = money.percent(land, land_due)
    if rate then text = text .. fill(t.stock_rate, { rate = rate }) end
    said[#said + 1] = text
  end
  if #handled > 0 then said[#said + 1] = t.stock_handled_intro .. table.concat(handled, ", ") .. stock_classes(value) end
  local prosecuted = value("followup.prosecuted_cases")
  if prosecuted ~= 0 then
    local text = fill(t.stock_prosecuted, { n = money.group(prosecuted) })
    local persons = value("followup.prosecuted_persons")
    if persons ~= 0 then text = text .. fill(t.prosecuted_persons, { n = money.group(persons) }) end
    said[#said + 1] = text
  end
  out[#out + 1] = "; " .. table.concat(said, "; ")
  return table.concat(out)
end

--- The reporting body as the narrative names it: the body of a report of one body (period.body), else the
-- reporting body ("toàn ngành" for a sector's report).
local function subject(period)
  local own = period.body and bodies.name(period.body)
  if own then return own end
  if settings.reporting_level == "sector" then return "toàn ngành" end
  return settings.reporting_body
end

--- One scope's sentence (without the period's opening), or nil when it has no inspection.
local function scope_sentence(figures, scope, who)
  local t = M.template
  local value = reader(figures, function(name) return scope.code .. ":" .. name end)
  local total = value("inspections.total")
  if total == 0 then return nil end
  local first = fill(t.opening, { subject = who, total = money.group(total), scope = scope.vi })
  -- "(kỳ trước chuyển sang …, triển khai mới …)" only when some were carried over: otherwise all are new.
  if value("inspections.carried_over") ~= 0 then
    first = first .. " (" .. table.concat(parts(value, t.start_parts), ", ") .. ")"
  end
  local modes = parts(value, t.mode_parts)
  if #modes > 0 then first = first .. ", " .. t.mode_intro .. table.concat(modes, ", ") end
  return first .. table.concat(clauses(value, t.clauses)) .. follow_up(value) .. progress_and_stock(value)
end

--- report.narrative({ period, figures, language }) → { text, problems }
function M.narrative(request)
  local t = M.template
  local figures = request.figures or {}
  local period = request.period or {}
  local problems = {}
  if request.language ~= nil and request.language ~= "vi" then
    problems[#problems + 1] = { code = "unsupported_language",
      message = "Gói quy tắc chỉ viết báo cáo bằng tiếng Việt (language = \"vi\"), không có \"" .. tostring(request.language) .. "\"" }
  end
  if not (period.from and period.before and thanhtra.is_date(period.from) and thanhtra.is_date(period.before)) then
    return { text = "", problems = { { code = "bad_period", message = "Kỳ báo cáo thiếu ngày bắt đầu (from) hoặc ngày kết thúc (before)" } } }
  end
  local opening = fill(t.period, { from = periods.vn_date(period.from),
                                   through = periods.vn_date(thanhtra.add_days(period.before, -1)) })
  local who = subject(period)

  local sentences = {}
  for _, scope in ipairs(forms.scopes().scopes) do
    local sentence = scope_sentence(figures, scope, who)
    if sentence then sentences[#sentences + 1] = sentence .. "." end
  end
  if #sentences == 0 then
    sentences[1] = fill(t.nothing, { subject = who }) .. "."
  end
  sentences[1] = opening .. sentences[1]

  local value = reader(figures, function(name) return name end)
  if value("penalty.decisions") ~= 0 then
    local second = fill(t.penalty_opening, { decisions = money.group(value("penalty.decisions")) })
    local whom = parts(value, t.penalty_parts)
    if #whom > 0 then second = second .. " (" .. table.concat(whom, ", ") .. ")" end
    local fewer = value("penalty.violators_organizations") < value("penalty.decisions_organizations")
      or value("penalty.violators_persons") < value("penalty.decisions_individuals")
    local violators = parts(value, t.violator_parts)
    if fewer and #violators > 0 then
      second = second .. " " .. fill(t.violators, { parts = table.concat(violators, ", ") })
    end
    sentences[#sentences + 1] = second .. table.concat(clauses(value, t.penalty_clauses)) .. "."
  end
  return { text = table.concat(sentences, " "), problems = problems }
end

return M
