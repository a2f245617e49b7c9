--- Mitigating (Điều 9) and aggravating (Điều 10) circumstances, as codes the host passes in a request.
--
-- Legal basis: Luật XLVPHC Điều 9, Điều 10 (as amended by Luật 67/2020/QH14, in force 2022-01-01).
-- Sources: http://fvdms.kiemlam.org.vn ; https://luatannam.vn/tin-tuc/cac-tinh-tiet-giam-nhe-trong-xu-ly-vi-pham-giao-thong-la-gi
--   https://luatxulyviphamhanhchinhvietnam.blogspot.com/2025/12/ieu-10-tinh-tiet-tang-nang.html
-- Codes are ours; the clause letters of Điều 10 k1 follow the 2020 text as reproduced in the sources above
-- (PARTIAL: check the lettering against the official text).
-- Điều 10 k2: a circumstance that is itself the violation (an element of the act) is not aggravating; the
-- inspector must not pass it.

local M = {}

M.mitigating = {
  { code = "ngan_chan_giam_hau_qua", title = "Đã ngăn chặn, làm giảm bớt hậu quả của vi phạm hoặc tự nguyện khắc phục hậu quả, bồi thường thiệt hại", citation = "Điều 9 k1 Luật XLVPHC" },
  { code = "tu_nguyen_khai_bao", title = "Tự nguyện khai báo, thành thật hối lỗi; tích cực giúp đỡ cơ quan chức năng phát hiện vi phạm, xử lý vi phạm", citation = "Điều 9 k2 Luật XLVPHC" },
  { code = "bi_kich_dong", title = "Vi phạm trong tình trạng bị kích động về tinh thần do hành vi trái pháp luật của người khác gây ra", citation = "Điều 9 k3 Luật XLVPHC" },
  { code = "bi_ep_buoc", title = "Vi phạm do bị ép buộc hoặc bị lệ thuộc về vật chất hoặc tinh thần", citation = "Điều 9 k4 Luật XLVPHC" },
  { code = "doi_tuong_dac_biet", title = "Người vi phạm là phụ nữ mang thai, người già yếu, người có bệnh hoặc khuyết tật làm hạn chế khả năng nhận thức hoặc khả năng điều khiển hành vi", citation = "Điều 9 k5 Luật XLVPHC" },
  { code = "hoan_canh_dac_biet_kho_khan", title = "Vi phạm vì hoàn cảnh đặc biệt khó khăn mà không do mình gây ra", citation = "Điều 9 k6 Luật XLVPHC" },
  { code = "trinh_do_lac_hau", title = "Vi phạm do trình độ lạc hậu", citation = "Điều 9 k7 Luật XLVPHC" },
  { code = "khac_theo_nghi_dinh", title = "Tình tiết giảm nhẹ khác do Chính phủ quy định", citation = "Điều 9 k8 Luật XLVPHC" },
}

M.aggravating = {
  { code = "co_to_chuc", title = "Vi phạm có tổ chức", citation = "Điều 10 k1 a Luật XLVPHC" },
  { code = "vi_pham_nhieu_lan", title = "Vi phạm hành chính nhiều lần; tái phạm", citation = "Điều 10 k1 b Luật XLVPHC" },
  { code = "xui_giuc_nguoi_chua_thanh_nien", title = "Xúi giục, lôi kéo, sử dụng người chưa thành niên vi phạm; ép buộc người bị lệ thuộc vào mình về vật chất, tinh thần vi phạm", citation = "Điều 10 k1 c Luật XLVPHC" },
  { code = "doi_voi_nguoi_yeu_the", title = "Vi phạm đối với người biết rõ là phụ nữ mang thai, người già yếu, người có bệnh hoặc khuyết tật, trẻ em", citation = "Điều 10 k1 d Luật XLVPHC" },
  { code = "loi_dung_chuc_vu", title = "Lợi dụng chức vụ, quyền hạn để vi phạm hành chính", citation = "Điều 10 k1 đ Luật XLVPHC" },
  { code = "loi_dung_hoan_canh", title = "Lợi dụng hoàn cảnh chiến tranh, thiên tai, thảm họa, dịch bệnh hoặc những khó khăn đặc biệt khác của xã hội để vi phạm", citation = "Điều 10 k1 e Luật XLVPHC" },
  { code = "dang_chap_hanh_hinh_phat", title = "Vi phạm trong thời gian đang chấp hành hình phạt của bản án hình sự hoặc quyết định áp dụng biện pháp xử lý vi phạm hành chính", citation = "Điều 10 k1 g Luật XLVPHC" },
  { code = "tiep_tuc_sau_yeu_cau", title = "Tiếp tục thực hiện hành vi vi phạm mặc dù người có thẩm quyền đã yêu cầu chấm dứt", citation = "Điều 10 k1 h Luật XLVPHC" },
  { code = "tron_tranh_che_giau", title = "Sau khi vi phạm đã có hành vi trốn tránh, che giấu vi phạm", citation = "Điều 10 k1 i Luật XLVPHC" },
  { code = "quy_mo_lon", title = "Vi phạm có quy mô lớn, số lượng hoặc trị giá hàng hóa lớn", citation = "Điều 10 k1 k Luật XLVPHC" },
  { code = "doi_voi_nhieu_nguoi", title = "Vi phạm đối với nhiều người, trẻ em, người già, người khuyết tật, phụ nữ mang thai", citation = "Điều 10 k1 l Luật XLVPHC" },
}

local function index(list)
  local by_code = {}
  for _, item in ipairs(list) do by_code[item.code] = item end
  return by_code
end
M.mitigating_by_code = index(M.mitigating)
M.aggravating_by_code = index(M.aggravating)

return M
