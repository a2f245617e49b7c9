--- Catalog: road traffic (giao thông đường bộ) — Nghị định 168/2024/NĐ-CP.
--
-- Legal basis: NĐ 168/2024/NĐ-CP (in force 2025-01-01; replaces NĐ 100/2019/NĐ-CP, whose entries are not in
-- this catalog). Frames are stated for INDIVIDUALS; organizations ×2 (Điều 24 k2 Luật XLVPHC).
-- Sources (article, clause, point and frame of each entry):
--   https://luat.gtdb.app/vbpl/nghi-dinh-168-2024 ; repository lethang7794/gtdb, files
--   data/markmaps/nghi-dinh-168-2024-xe-oto.md (Điều 6, 13) and data/markmaps/nghi-dinh-168-2024-xe-moto.md
--   (Điều 7, 14). VERIFIED against that secondary transcription; titles are our paraphrase of the points.

local D = "Nghị định 168/2024/NĐ-CP"
local S = "giao_thong_duong_bo"

local e = require("penalty.catalog.entry").maker{ decree = D, sector = S, stated_for = "individual",
  effective_from = "2025-01-01" }

return {
  -- Điều 6: xe ô tô vi phạm quy tắc giao thông.
  e{ code = "ND168-2024-D6-K1-a", article = 6, clause = 1, point = "a", frame_min_vnd = 400000, frame_max_vnd = 600000,
     title = "Điều khiển xe ô tô không chấp hành hiệu lệnh, chỉ dẫn của biển báo hiệu, vạch kẻ đường" },
  e{ code = "ND168-2024-D6-K3-a", article = 6, clause = 3, point = "a", frame_min_vnd = 800000, frame_max_vnd = 1000000,
     title = "Điều khiển xe ô tô chạy quá tốc độ quy định từ 05 km/h đến dưới 10 km/h" },
  e{ code = "ND168-2024-D6-K3-k", article = 6, clause = 3, point = "k", frame_min_vnd = 800000, frame_max_vnd = 1000000,
     title = "Người điều khiển xe ô tô không thắt dây đai an toàn khi xe đang chạy" },
  e{ code = "ND168-2024-D6-K5-dd", article = 6, clause = 5, point = "đ", frame_min_vnd = 4000000, frame_max_vnd = 6000000,
     title = "Điều khiển xe ô tô chạy quá tốc độ quy định từ 10 km/h đến 20 km/h" },
  e{ code = "ND168-2024-D6-K5-h", article = 6, clause = 5, point = "h", frame_min_vnd = 4000000, frame_max_vnd = 6000000,
     title = "Người đang điều khiển xe ô tô dùng tay cầm và sử dụng điện thoại hoặc thiết bị điện tử khác" },
  e{ code = "ND168-2024-D6-K6-a", article = 6, clause = 6, point = "a", frame_min_vnd = 6000000, frame_max_vnd = 8000000,
     title = "Điều khiển xe ô tô chạy quá tốc độ quy định trên 20 km/h đến 35 km/h" },
  e{ code = "ND168-2024-D6-K6-c", article = 6, clause = 6, point = "c", frame_min_vnd = 6000000, frame_max_vnd = 8000000,
     title = "Điều khiển xe ô tô mà trong máu hoặc hơi thở có nồng độ cồn nhưng chưa vượt quá 50 mg/100 ml máu hoặc 0,25 mg/1 lít khí thở" },
  e{ code = "ND168-2024-D6-K7-a", article = 6, clause = 7, point = "a", frame_min_vnd = 12000000, frame_max_vnd = 14000000,
     title = "Điều khiển xe ô tô chạy quá tốc độ quy định trên 35 km/h" },
  e{ code = "ND168-2024-D6-K9-a", article = 6, clause = 9, point = "a", frame_min_vnd = 18000000, frame_max_vnd = 20000000,
     title = "Điều khiển xe ô tô mà nồng độ cồn vượt quá 0,25 mg đến 0,4 mg/1 lít khí thở" },
  e{ code = "ND168-2024-D6-K9-b", article = 6, clause = 9, point = "b", frame_min_vnd = 18000000, frame_max_vnd = 20000000,
     title = "Điều khiển xe ô tô không chấp hành hiệu lệnh của đèn tín hiệu giao thông" },
  e{ code = "ND168-2024-D6-K9-d", article = 6, clause = 9, point = "d", frame_min_vnd = 18000000, frame_max_vnd = 20000000,
     title = "Điều khiển xe ô tô đi ngược chiều của đường một chiều, đi ngược chiều trên đường có biển cấm đi ngược chiều" },
  e{ code = "ND168-2024-D6-K11-a", article = 6, clause = 11, point = "a", frame_min_vnd = 30000000, frame_max_vnd = 40000000,
     title = "Điều khiển xe ô tô mà nồng độ cồn vượt quá 0,4 mg/1 lít khí thở" },

  -- Điều 7: xe mô tô, xe gắn máy vi phạm quy tắc giao thông.
  e{ code = "ND168-2024-D7-K2-b", article = 7, clause = 2, point = "b", frame_min_vnd = 400000, frame_max_vnd = 600000,
     title = "Điều khiển xe mô tô, xe gắn máy chạy quá tốc độ quy định từ 05 km/h đến dưới 10 km/h" },
  e{ code = "ND168-2024-D7-K2-h", article = 7, clause = 2, point = "h", frame_min_vnd = 400000, frame_max_vnd = 600000,
     title = "Không đội mũ bảo hiểm hoặc đội mũ bảo hiểm không cài quai đúng quy cách khi điều khiển xe tham gia giao thông" },
  e{ code = "ND168-2024-D7-K4-a", article = 7, clause = 4, point = "a", frame_min_vnd = 800000, frame_max_vnd = 1000000,
     title = "Điều khiển xe mô tô, xe gắn máy chạy quá tốc độ quy định từ 10 km/h đến 20 km/h" },
  e{ code = "ND168-2024-D7-K4-dd", article = 7, clause = 4, point = "đ", frame_min_vnd = 800000, frame_max_vnd = 1000000,
     title = "Người đang điều khiển xe mô tô, xe gắn máy dùng tay cầm và sử dụng điện thoại hoặc thiết bị điện tử khác" },
  e{ code = "ND168-2024-D7-K6-a", article = 7, clause = 6, point = "a", frame_min_vnd = 2000000, frame_max_vnd = 3000000,
     title = "Điều khiển xe mô tô, xe gắn máy mà nồng độ cồn chưa vượt quá 0,25 mg/1 lít khí thở" },
  e{ code = "ND168-2024-D7-K7-c", article = 7, clause = 7, point = "c", frame_min_vnd = 4000000, frame_max_vnd = 6000000,
     title = "Điều khiển xe mô tô, xe gắn máy không chấp hành hiệu lệnh của đèn tín hiệu giao thông" },
  e{ code = "ND168-2024-D7-K8-a", article = 7, clause = 8, point = "a", frame_min_vnd = 6000000, frame_max_vnd = 8000000,
     title = "Điều khiển xe mô tô, xe gắn máy chạy quá tốc độ quy định trên 20 km/h" },
  e{ code = "ND168-2024-D7-K9-d", article = 7, clause = 9, point = "d", frame_min_vnd = 8000000, frame_max_vnd = 10000000,
     title = "Điều khiển xe mô tô, xe gắn máy mà nồng độ cồn vượt quá 0,4 mg/1 lít khí thở" },

  -- Điều 14: điều kiện của phương tiện (xe mô tô, xe gắn máy).
  e{ code = "ND168-2024-D14-K3-a", article = 14, clause = 3, point = "a", frame_min_vnd = 4000000, frame_max_vnd = 6000000,
     title = "Điều khiển xe mô tô, xe gắn máy không gắn biển số hoặc gắn biển số không đúng với chứng nhận đăng ký xe" },
}
