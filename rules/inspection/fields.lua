--- The fields (lĩnh vực) an inspection is recorded under (`inspection open --field CODE`, the plan entries'
-- `field`), with the words reports print for them: "Số cuộc thanh tra lĩnh vực đất đai", never the code.
--
-- Legal basis: none; the list follows the fields provincial inspectorates publish their results by
-- (legal-vn.md §2.6 and §4: "tài chính – ngân sách, đất đai, đầu tư xây dựng cơ bản…"; TT 02/2021/TT-TTCP
-- Mẫu số 01 asks results "theo lĩnh vực" without fixing a list — UNCONFIRMED whether TT 01/2024 fixes one).
-- A legal officer adds a field here; an inspection recorded with a code that is not listed still counts, under
-- its code. Effective: always.

local say = require "lib.say"
local M = {}

M.list = {
  { code = "tai_chinh_ngan_sach", vi = "tài chính – ngân sách", en = "finance and budget" },
  { code = "dat_dai", vi = "đất đai", en = "land" },
  { code = "dau_tu_xay_dung", vi = "đầu tư xây dựng cơ bản", en = "capital construction investment" },
  { code = "tai_nguyen_moi_truong", vi = "tài nguyên – môi trường", en = "natural resources and environment" },
  { code = "hoa_don", vi = "thuế, hóa đơn, chứng từ", en = "taxes, invoices and vouchers" },
  { code = "an_toan_thuc_pham", vi = "an toàn thực phẩm", en = "food safety" },
  { code = "y_te", vi = "y tế", en = "health" },
  { code = "giao_duc", vi = "giáo dục – đào tạo", en = "education and training" },
  { code = "lao_dong_xa_hoi", vi = "lao động – thương binh và xã hội", en = "labour, invalids and social affairs" },
  { code = "nong_nghiep", vi = "nông nghiệp và phát triển nông thôn", en = "agriculture and rural development" },
  { code = "giao_thong", vi = "giao thông vận tải", en = "transport" },
  { code = "cong_thuong", vi = "công thương", en = "industry and trade" },
  { code = "trach_nhiem_kntc_pctn", vi = "trách nhiệm thực hiện pháp luật về thanh tra, tiếp công dân, khiếu nại, tố cáo và phòng, chống tham nhũng",
    en = "compliance with the law on inspection, citizen reception, complaints, denunciations and anti-corruption" },
  { code = "khac", vi = "khác", en = "other" },
}

local by_code = {}
for _, field in ipairs(M.list) do
  if by_code[field.code] then say.error(1, "inspection/fields.lua: the field " .. field.code .. " is listed twice",
      "inspection/fields.lua: trường " .. field.code .. " được liệt kê hai lần") end
  by_code[field.code] = field
end
M.by_code = by_code

return M
