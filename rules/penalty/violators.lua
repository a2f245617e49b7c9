--- Who is fined (đối tượng bị xử phạt): the kinds of violator a case may name, and the frame each is fined under —
-- an individual's (cá nhân) or an organization's (tổ chức, ×2 of an individual's, Điều 24 k2 Luật XLVPHC).
--
-- Legal basis: Luật XLVPHC Điều 5 k1 (individuals and organizations are fined), Điều 24 k2 (an organization's fine
-- is twice an individual's for the same act); NĐ 118/2021/NĐ-CP Điều 5; the sector decrees' "áp dụng mức phạt"
-- articles.
-- Sources:
--   NĐ 36/2020/NĐ-CP Điều 5 k1 (tài nguyên nước, khoáng sản): "Mức phạt đối với hộ kinh doanh áp dụng như đối với
--     mức phạt của cá nhân. Mức phạt tiền đối với tổ chức gấp 02 lần mức phạt tiền đối với cá nhân." — CONFIRMED
--     verbatim: https://www.luatmoitruong.vn/nghi-dinh-36-2020-nd-cp/chuong-i.-nhung-quy-dinh-chung/dieu-5.-ap-dung-muc-phat-tien-trong-xu-phat-hanh-chinh
--   NĐ 118/2021/NĐ-CP Điều 5 k2, the general rule that "hộ kinh doanh, hộ gia đình, cộng đồng dân cư" are fined as
--     individuals: UNCONFIRMED (the clause was not found in a searchable source). The pack therefore reads the
--     frame of these kinds from penalty.settings.fined_as, whose default (an individual's frame) is the lighter one,
--     in the violator's favour, and the one NĐ 36/2020 confirms for household businesses; `rules check` says so
--     (penalty.lint).
-- The catalog's own decrees (NĐ 125/2020, NĐ 12/2022, NĐ 168/2024) have no entry of their own for these kinds in
-- this pack; a decree that says otherwise for its acts would need a `fined_as` of its own (not supported yet).

local say = require "lib.say"
local settings = require "penalty.settings"

local M = {}

--- Every kind a request's `violator` may name: its words, and the frame it is fined under (`basis`, "individual" or
-- "organization"); `setting` names the setting that decides an UNCONFIRMED basis.
M.kinds = {
  individual = { title = "cá nhân", basis = "individual", citation = "Điều 5 k1 a Luật XLVPHC" },
  organization = { title = "tổ chức", basis = "organization", citation = "Điều 5 k1 b, Điều 24 k2 Luật XLVPHC" },
  household = { title = "hộ kinh doanh", basis = settings.fined_as.household, setting = "household",
                citation = "Điều 5 k2 NĐ 118/2021 (chưa xác minh); Điều 5 k1 NĐ 36/2020 (hộ kinh doanh như cá nhân)" },
  family = { title = "hộ gia đình", basis = settings.fined_as.family, setting = "family",
             citation = "Điều 5 k2 NĐ 118/2021 (chưa xác minh)" },
  community = { title = "cộng đồng dân cư", basis = settings.fined_as.community, setting = "community",
                citation = "Điều 5 k2 NĐ 118/2021 (chưa xác minh)" },
}

for code, kind in pairs(M.kinds) do
  if kind.basis ~= "individual" and kind.basis ~= "organization" then
    say.error(1, "penalty.settings.fined_as." .. code .. " must be \"individual\" or \"organization\", got " .. tostring(kind.basis),
      "penalty.settings.fined_as." .. code .. " phải là \"individual\" hoặc \"organization\", không phải " .. tostring(kind.basis))
  end
end

--- The frame `violator` is fined under: "individual" or "organization". Raises for a kind the pack does not know.
function M.basis(violator)
  local kind = M.kinds[violator]
  if kind == nil then
    say.error(2, "unknown violator kind \"" .. tostring(violator) .. "\"; use one of: individual, organization, household, "
      .. "family, community",
      "không biết loại người vi phạm \"" .. tostring(violator) .. "\"; dùng một trong: individual, organization, "
      .. "household, family, community")
  end
  return kind.basis
end

--- The step that says a kind other than an individual or an organization is fined as one of them, or nil.
function M.step(violator)
  local kind = M.kinds[violator]
  if kind == nil or kind.setting == nil then return nil end
  return { text = "Đối tượng vi phạm là " .. kind.title .. ": áp dụng mức phạt tiền như đối với "
             .. M.kinds[kind.basis].title .. (kind.basis == "organization" and " (02 lần mức phạt đối với cá nhân)" or ""),
           citation = kind.citation .. "; penalty.settings.fined_as." .. kind.setting }
end

--- penalty.violators() → { kinds = { { code, title, basis, setting } } }, sorted by code: what the pack fines each
-- kind as (for `rules explain` and tests).
function M.list()
  local out = {}
  for code, kind in pairs(M.kinds) do
    out[#out + 1] = { code = code, title = kind.title, basis = kind.basis, setting = kind.setting }
  end
  table.sort(out, function(a, b) return a.code < b.code end)
  return { kinds = out }
end

--- penalty.lint() → { warnings = { { message, hint } } }: the note `rules check` prints on the kinds whose frame is a
-- setting, not a confirmed text.
function M.lint()
  local warnings = {}
  local names = {}
  for _, code in ipairs({ "household", "family", "community" }) do
    local kind = M.kinds[code]
    names[#names + 1] = kind.title .. " → " .. M.kinds[kind.basis].title
  end
  warnings[1] = {
    message = "penalty: violator kinds fined by setting, not by a confirmed text (NĐ 118/2021 Điều 5 k2 UNCONFIRMED): "
      .. table.concat(names, ", "),
    hint = "verify NĐ 118/2021 Điều 5 and the sector decree, then confirm or change penalty.settings.fined_as "
      .. "(rules/penalty/settings.lua)",
    message_vi = "xử phạt: các loại người vi phạm được phạt theo thiết lập, chưa theo văn bản đã xác nhận "
      .. "(NĐ 118/2021 Điều 5 k2 CHƯA XÁC NHẬN): " .. table.concat(names, ", "),
    hint_vi = "đối chiếu NĐ 118/2021 Điều 5 và nghị định chuyên ngành, rồi xác nhận hoặc sửa penalty.settings.fined_as "
      .. "(rules/penalty/settings.lua)",
  }
  return { warnings = warnings }
end

return M
