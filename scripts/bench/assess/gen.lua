-- Synthetic requests for run.lua (fingerprint.sh):
--   lua5.4 gen.lua RULES_DIR          every catalog code around every version boundary: kinds, previews, signers,
--                                     circumstances (known and misspelt), unknown codes, extensions, limitation
--   lua5.4 gen.lua RULES_DIR catalog  requests for the codes X, Y, Z of entries.lua (a lighter later version, a
--                                     repeal, a renumbered successor), for penalty.assess_with_catalog
local rules = arg[1]
package.path = rules .. "/?.lua;" .. rules .. "/?/init.lua"
dofile((arg[0]:match("^(.*/)") or "./") .. "host.lua")
if arg[2] == "catalog" then
  local kinds = { "individual", "organization", "household" }
  local mit = { "{}", '{"tu_nguyen_khai_bao"}', '{"tu_nguyen_khai_bao","bi_ep_buoc"}' }
  local agg = { "{}", '{"co_to_chuc"}', '{"co_to_chuc","quy_mo_lon"}', "{}" }
  print("return {")
  local n = 0
  for _, code in ipairs({ "X", "Y", "Z" }) do
    for k = 0, 2299, 23 do
      n = n + 1
      local committed = thanhtra.add_days("2019-11-01", k)
      local record = thanhtra.add_days(committed, 3)
      local decided = thanhtra.add_days(record, ({ 5, 200, 500, 900 })[n % 4 + 1])
      print(string.format('{violator="%s",minor=%s,record_on="%s",decided_on=%s,today="%s",complex=false,'
        .. 'explanation_requested=false,extension_days=0,signer=%s,mitigating=%s,aggravating=%s,'
        .. 'violations={{code="%s",committed_on="%s",illegal_gain_vnd=%d}}},',
        kinds[n % 3 + 1], tostring(n % 17 == 0), record, n % 5 ~= 0 and ('"' .. decided .. '"') or "nil", decided,
        n % 2 == 1 and '"chanh_thanh_tra_so"' or "nil", mit[n % 3 + 1], agg[n % 4 + 1], code, committed, (n % 3) * 500000))
    end
  end
  print("}")
  return
end
local catalog = require "penalty.catalog"
local codes, days = {}, {}
for code, list in pairs(catalog.versions) do
  codes[#codes + 1] = code
  for _, e in ipairs(list) do
    for _, d in ipairs({ e.effective_from, e.effective_to }) do
      if d then for _, k in ipairs({ -40, -1, 0, 1, 200 }) do days[#days + 1] = thanhtra.add_days(d, k) end end
    end
  end
end
table.sort(codes)
codes[#codes + 1] = "ND125-2020-D24-K4-z"   -- unknown, near a real code
codes[#codes + 1] = "NO-SUCH"
local kinds = { "individual", "organization", "household", "family", "community" }
local mit = { {}, { "tu_nguyen_khai_bao" }, { "tu_nguyen_khai_bao", "bi_ep_buoc" }, { "tu_nguyen_khai_bao_x" } }
local agg = { {}, { "co_to_chuc" }, { "co_to_chuc", "quy_mo_lon", "vi_pham_nhieu_lan" } }
local signers = { false, "thanh_tra_vien", "chanh_thanh_tra_so", "chanh_thanh_tra_bo", "truong_doan_bo", "nobody" }
local function q(s) return s and string.format("%q", s) or "nil" end
local function list(t) local o = {} for i, s in ipairs(t) do o[i] = q(s) end return "{" .. table.concat(o, ",") .. "}" end
print("return {")
local n = 0
for ci, code in ipairs(codes) do
  for di, day in ipairs(days) do
    if (ci * 7 + di) % 3 == 0 then
      n = n + 1
      local later = ({ 0, 5, 30, 400, 800 })[n % 5 + 1]
      local record = thanhtra.add_days(day, n % 4)
      local decided = (n % 6 ~= 0) and thanhtra.add_days(record, later) or nil
      local today = decided or thanhtra.add_days(record, later + 3)
      local second = codes[(ci + n) % #codes + 1]
      local vio = string.format("{code=%s,committed_on=%q,ended_on=%s,detected_on=%s,illegal_gain_vnd=%d,mitigating=%s,aggravating=%s}",
        q(code), day, n % 2 == 0 and q(day) or "nil", n % 3 == 0 and q(record) or "nil", (n % 5) * 1000000,
        n % 7 == 0 and list({ "bi_kich_dong", "tu_nguyen_khai_bao" }) or "nil", n % 11 == 0 and list({ "co_to_chuc", "loi_dung_chuc_vu" }) or "nil")
      local vio2 = string.format("{code=%s,committed_on=%q,illegal_gain_vnd=0}", q(second), thanhtra.add_days(day, -3))
      local signer = signers[n % #signers + 1]
      print(string.format("{violator=%q,minor=%s,record_on=%q,decided_on=%s,today=%q,complex=%s,explanation_requested=%s,extension_days=%d,signer=%s,mitigating=%s,aggravating=%s,violations={%s}},",
        kinds[n % #kinds + 1], tostring(n % 13 == 0), record, q(decided), today, tostring(n % 4 == 1), tostring(n % 9 == 2),
        ({ 0, 0, 10, 45 })[n % 4 + 1], signer and q(signer) or "nil", list(mit[n % #mit + 1]), list(agg[n % #agg + 1]),
        vio .. (n % 3 == 1 and ("," .. vio2) or "")))
    end
  end
end
print("}")
io.stderr:write(n, " requests\n")
