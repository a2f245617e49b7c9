--- Catalog: invoices (hóa đơn) — Nghị định 125/2020/NĐ-CP, Chương III, as amended by NĐ 102/2021/NĐ-CP.
--
-- Legal basis: NĐ 125/2020/NĐ-CP (in force 2020-12-05); NĐ 102/2021/NĐ-CP (in force 2022-01-01) added
-- Điều 24 k4 h and reworded Điều 22 k2 and Điều 26 k4; NĐ 310/2025/NĐ-CP (in force 2026-01-16) repealed Điều 24 k1 a, k3,
-- k4 a and k5 and replaced them with frames by number of invoices (not in this catalog yet): those entries
-- end on 2026-01-15.
-- Frames are stated FOR ORGANIZATIONS; an individual's fine is half (NĐ 125 Điều 5 k5 and Điều 7 k4 a:
-- "Mức phạt tiền quy định tại Chương II, Chương III ... là mức phạt đối với tổ chức ... cá nhân bằng 1/2").
-- NĐ 125 Điều 7 k4 also has its own rule for circumstances (10 % of the average per circumstance); the
-- general policy (policy.lua) does not apply it yet — see docs/writing-rules.md "The penalty rules".
-- Sources (frames, clause and point letters):
--   hand transcription of NĐ 125 + NĐ 102 + NĐ 310, public code corpus file (find_string id 70267783934);
--   frames cross-checked with https://hddtvn.com/tong-hop-muc-phat-vi-pham-hanh-chinh-ve-hoa-don-tu-ngay-05-12-2020/
--   (repository hongquantq92/hddtvn, tong-hop-muc-phat-vi-pham-hanh-chinh-ve-hoa-don-tu-ngay-05-12-2020.md).
-- Every frame below appears in both sources (VERIFIED against secondary sources, not the Công báo text).
-- Versions (docs/writing-rules.md "Effective dates and leniency"): Điều 22 k2 and Điều 26 k4 each have the
-- original text (2020-12-05 to 2021-12-31; its wording in the hddtvn.com summary of NĐ 125 as in force from
-- 2020-12-05, and in the transcription, rows marked "NĐ102/2021 thay ... từ 01/01/2022") and the NĐ 102/2021
-- text (from 2022-01-01, the transcription only). Both keep the frame, so the leniency rule leaves the version
-- in force on the violation date in place. NĐ 310/2025's frames by number of invoices, which would be lighter
-- than Điều 24 k4 a for a single invoice, are in one source only and are not entered.

local D = "Nghị định 125/2020/NĐ-CP"
local S = "hoa_don"
local FROM = "2020-12-05"
local UNTIL_310 = "2026-01-15"   -- the day before NĐ 310/2025 takes effect
local FROM_102 = "2022-01-01"    -- NĐ 102/2021 takes effect
local UNTIL_102 = "2021-12-31"   -- the last day of the original text of the clauses NĐ 102 reworded

local loi_bat_hop_phap = { code = "nop_lai_loi_bat_hop_phap",
  title = "Buộc nộp lại số lợi bất hợp pháp có được do thực hiện vi phạm hành chính", illegal_gain = true }

local lap_hoa_don = { code = "buoc_lap_hoa_don", title = "Buộc lập hóa đơn theo quy định" }

local e = require("penalty.catalog.entry").maker{ decree = D, sector = S, stated_for = "organization", effective_from = FROM }

return {
  -- Điều 22: cho, bán hóa đơn. Two versions: the original k2 covered only invoices bought from the tax
  -- authority and not yet issued; NĐ 102/2021 (Điều 1 k2, from 2022-01-01) widened it to giving or selling
  -- invoices (except k1). Same frame. The remedy "buộc hủy hóa đơn" (until 2026-01-15) is left out of both.
  e{ code = "ND125-2020-D22-K2", article = 22, clause = 2, point = nil, effective_to = UNTIL_102,
     title = "Cho, bán hóa đơn mua của cơ quan thuế nhưng chưa lập", frame_min_vnd = 20000000, frame_max_vnd = 50000000,
     remedies = { loi_bat_hop_phap } },
  e{ code = "ND125-2020-D22-K2", article = 22, clause = 2, point = nil, effective_from = FROM_102,
     title = "Cho, bán hóa đơn", frame_min_vnd = 20000000, frame_max_vnd = 50000000,
     remedies = { loi_bat_hop_phap } },

  -- Điều 24: lập hóa đơn khi bán hàng hóa, cung cấp dịch vụ.
  e{ code = "ND125-2020-D24-K3", article = 24, clause = 3, point = nil,
     title = "Lập hóa đơn không đúng thời điểm nhưng không dẫn đến chậm thực hiện nghĩa vụ thuế",
     frame_min_vnd = 3000000, frame_max_vnd = 5000000, effective_to = UNTIL_310,
     warning_allowed = true },   -- k1 a: cảnh cáo khi có tình tiết giảm nhẹ
  e{ code = "ND125-2020-D24-K4-a", article = 24, clause = 4, point = "a",
     title = "Lập hóa đơn không đúng thời điểm theo quy định của pháp luật về hóa đơn",
     frame_min_vnd = 4000000, frame_max_vnd = 8000000, effective_to = UNTIL_310 },
  e{ code = "ND125-2020-D24-K4-b", article = 24, clause = 4, point = "b",
     title = "Lập hóa đơn không theo thứ tự từ số nhỏ đến số lớn theo quy định",
     frame_min_vnd = 4000000, frame_max_vnd = 8000000 },
  e{ code = "ND125-2020-D24-K4-c", article = 24, clause = 4, point = "c",
     title = "Lập hóa đơn ghi ngày trên hóa đơn trước ngày mua hóa đơn của cơ quan thuế",
     frame_min_vnd = 4000000, frame_max_vnd = 8000000 },
  e{ code = "ND125-2020-D24-K4-d", article = 24, clause = 4, point = "d",
     title = "Lập sai loại hóa đơn theo quy định và đã giao cho người mua hoặc đã kê khai thuế",
     frame_min_vnd = 4000000, frame_max_vnd = 8000000, remedies = { lap_hoa_don } },
  e{ code = "ND125-2020-D24-K4-g", article = 24, clause = 4, point = "g",
     title = "Lập hóa đơn điện tử từ máy tính tiền không có kết nối, chuyển dữ liệu điện tử với cơ quan thuế",
     frame_min_vnd = 4000000, frame_max_vnd = 8000000 },
  e{ code = "ND125-2020-D24-K4-h", article = 24, clause = 4, point = "h",
     title = "Lập hóa đơn không ghi đầy đủ các nội dung bắt buộc trên hóa đơn theo quy định",
     frame_min_vnd = 4000000, frame_max_vnd = 8000000, effective_from = FROM_102 },   -- added by NĐ 102/2021
  e{ code = "ND125-2020-D24-K5", article = 24, clause = 5, point = nil,
     title = "Không lập hóa đơn khi bán hàng hóa, cung cấp dịch vụ cho người mua theo quy định",
     frame_min_vnd = 10000000, frame_max_vnd = 20000000, effective_to = UNTIL_310, remedies = { lap_hoa_don } },

  -- Điều 25: khai báo mất, cháy, hỏng hóa đơn.
  e{ code = "ND125-2020-D25-K2", article = 25, clause = 2, point = nil,
     title = "Khai báo mất, cháy, hỏng hóa đơn quá thời hạn từ 01 ngày đến 05 ngày",
     frame_min_vnd = 1000000, frame_max_vnd = 4000000,
     warning_allowed = true },   -- k1: cảnh cáo khi có tình tiết giảm nhẹ
  e{ code = "ND125-2020-D25-K3-a", article = 25, clause = 3, point = "a",
     title = "Khai báo mất, cháy, hỏng hóa đơn quá thời hạn từ 06 ngày trở lên",
     frame_min_vnd = 4000000, frame_max_vnd = 8000000 },
  e{ code = "ND125-2020-D25-K3-b", article = 25, clause = 3, point = "b",
     title = "Không khai báo việc làm mất, cháy, hỏng hóa đơn",
     frame_min_vnd = 4000000, frame_max_vnd = 8000000 },

  -- Điều 26: làm mất, cháy, hỏng hóa đơn. k4 has two versions: the original ("đã khai, nộp thuế", both
  -- sources) and NĐ 102/2021 Điều 1 k4 from 2022-01-01 ("đã khai thuế": tax declared, paid or not). Same frame.
  e{ code = "ND125-2020-D26-K4", article = 26, clause = 4, point = nil, effective_to = UNTIL_102,
     title = "Làm mất, cháy, hỏng hóa đơn đã lập, đã khai, nộp thuế trong quá trình sử dụng hoặc trong thời gian lưu trữ",
     frame_min_vnd = 5000000, frame_max_vnd = 10000000 },
  e{ code = "ND125-2020-D26-K4", article = 26, clause = 4, point = nil, effective_from = FROM_102,
     title = "Làm mất, cháy, hỏng hóa đơn đã lập, đã khai thuế trong quá trình sử dụng hoặc trong thời gian lưu trữ",
     frame_min_vnd = 5000000, frame_max_vnd = 10000000 },

  -- Điều 28: sử dụng hóa đơn không hợp pháp (the remedy "buộc hủy hóa đơn", k2, is repealed from 2026-01-16;
  -- left out so that the entry is right on both sides of that date).
  e{ code = "ND125-2020-D28-K1", article = 28, clause = 1, point = nil,
     title = "Sử dụng hóa đơn không hợp pháp, sử dụng không hợp pháp hóa đơn",
     frame_min_vnd = 20000000, frame_max_vnd = 50000000 },

  -- Điều 29: thông báo, báo cáo về hóa đơn.
  e{ code = "ND125-2020-D29-K2-a", article = 29, clause = 2, point = "a",
     title = "Nộp thông báo, báo cáo về hóa đơn gửi cơ quan thuế quá thời hạn từ 01 ngày đến 10 ngày",
     frame_min_vnd = 1000000, frame_max_vnd = 3000000,
     warning_allowed = true },   -- k1: cảnh cáo (01–05 ngày) khi có tình tiết giảm nhẹ
  e{ code = "ND125-2020-D29-K3", article = 29, clause = 3, point = nil,
     title = "Nộp thông báo, báo cáo về hóa đơn gửi cơ quan thuế quá thời hạn từ 11 ngày đến 20 ngày",
     frame_min_vnd = 2000000, frame_max_vnd = 4000000 },
  e{ code = "ND125-2020-D29-K4", article = 29, clause = 4, point = nil,
     title = "Nộp thông báo, báo cáo về hóa đơn gửi cơ quan thuế quá thời hạn từ 21 ngày đến 90 ngày",
     frame_min_vnd = 4000000, frame_max_vnd = 8000000 },
  e{ code = "ND125-2020-D29-K5-b", article = 29, clause = 5, point = "b",
     title = "Không nộp thông báo, báo cáo về hóa đơn gửi cơ quan thuế theo quy định",
     frame_min_vnd = 5000000, frame_max_vnd = 15000000,
     remedies = { { code = "buoc_gui_bao_cao_hoa_don", title = "Buộc lập, gửi thông báo, báo cáo về hóa đơn" } } },

  -- Điều 30: chuyển dữ liệu hóa đơn điện tử.
  e{ code = "ND125-2020-D30-K1", article = 30, clause = 1, point = nil,
     title = "Chuyển dữ liệu hóa đơn điện tử cho cơ quan thuế quá thời hạn từ 01 ngày đến 05 ngày làm việc",
     frame_min_vnd = 2000000, frame_max_vnd = 5000000 },
  e{ code = "ND125-2020-D30-K3-b", article = 30, clause = 3, point = "b",
     title = "Không chuyển dữ liệu hóa đơn điện tử cho cơ quan thuế theo thời hạn quy định",
     frame_min_vnd = 10000000, frame_max_vnd = 20000000,
     remedies = { { code = "buoc_chuyen_du_lieu_hoa_don", title = "Buộc chuyển dữ liệu hóa đơn điện tử" } } },
}
