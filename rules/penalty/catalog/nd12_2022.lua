--- Catalog: labour (lao động) — Nghị định 12/2022/NĐ-CP.
--
-- Legal basis: NĐ 12/2022/NĐ-CP (in force 2022-01-17). Frames are stated for INDIVIDUALS, organizations ×2
-- (NĐ 12 Điều 6 k1; clause text UNCONFIRMED verbatim — the ×2 principle is Điều 24 k2 Luật XLVPHC).
-- Sources: Điều 9 k2 and its frame 20.000.000–25.000.000 đ seen in two public code files quoting the decree
--   (find_string ids 69057486667 and 62667310328), both pointing to
--   https://thuvienphapluat.vn/van-ban/Lao-dong-Viec-lam/Nghi-dinh-12-2022-ND-CP-xuat-phat-hang-hanh-chinh-lao-dong-499385.aspx
-- Points within k2 are not verified, so the entry covers the clause. Other NĐ 12 frames depend on the number
-- of workers affected and are not in the catalog yet.

local e = require("penalty.catalog.entry").maker{ decree = "Nghị định 12/2022/NĐ-CP", sector = "lao_dong",
  stated_for = "individual", effective_from = "2022-01-17" }

return {
  e{ code = "ND12-2022-D9-K2", article = 9, clause = 2, point = nil,
     title = "Người sử dụng lao động giữ bản chính giấy tờ tùy thân, văn bằng, chứng chỉ của người lao động hoặc yêu cầu người lao động nộp tiền, tài sản để bảo đảm thực hiện hợp đồng lao động",
     frame_min_vnd = 20000000, frame_max_vnd = 25000000 },
}
