--- Each year's announced days off and swaps for state bodies (cán bộ, công chức, viên chức), as data.
--
-- Every year the Prime Minister fixes the Tết days and the second Quốc khánh day and may swap a working day to
-- make a bridge, repaid by working a Saturday (hoán đổi ngày làm việc, làm bù); the ministry announces it (Bộ
-- Lao động – Thương binh và Xã hội until 2025, Bộ Nội vụ from 2025). calendar-vn.md §4.
--
-- One entry per year: `off` lists every weekday (Monday to Friday) on which state bodies do not work, with its
-- reason — holidays, make-up days (nghỉ bù, Bộ luật Lao động 2019 Điều 111 k3 / 2012 Điều 115 k3) and swapped
-- days; `work` lists the Saturdays worked to repay a swap. Holidays that fall on a Saturday or Sunday are not
-- listed (they are weekly rest days anyway; their names come from calendar/statutory.lua). `sources` are the
-- pages read; `status` says what was seen.
-- A year missing here falls back to the statute (calendar/statutory.lua with calendar/settings.lua) and
-- `thanhtra rules check` warns. tests/calendar_days.lua checks every year against the statute: each statutory
-- holiday is off, or on a rest day with its make-up listed.

return {
  [2020] = {
    status = "CONFIRMED (Tết); the other days are the statute's, none on a weekend",
    sources = {
      "https://socongthuong.daklak.gov.vn/vi/news/tag/thứ-tư/page-2 (Tết: 23/1 – 29/1/2020, 29 tháng Chạp – mùng 5)",
    },
    off = {
      { "2020-01-01", "Tết Dương lịch" },
      { "2020-01-23", "Tết Nguyên đán" }, { "2020-01-24", "Tết Nguyên đán" },
      { "2020-01-27", "Tết Nguyên đán" }, { "2020-01-28", "Tết Nguyên đán" }, { "2020-01-29", "Tết Nguyên đán" },
      { "2020-04-02", "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
      { "2020-04-30", "Ngày Chiến thắng" }, { "2020-05-01", "Ngày Quốc tế Lao động" },
      { "2020-09-02", "Quốc khánh" },
    },
    work = {},
  },
  [2021] = {
    status = "CONFIRMED (Tết 10/2 – 16/2, Quốc khánh 2/9 – 3/9); 1/5 on a Saturday made up on Monday 3/5 by Điều 111 k3",
    sources = {
      "https://m.vietnamnet.vn/en/society/labor-ministry-plans-7-day-lunar-new-year-2021-holiday-685183.html",
      "https://quangtrungcorp.vn/lien-he/ (list of 2021 days off)",
    },
    off = {
      { "2021-01-01", "Tết Dương lịch" },
      { "2021-02-10", "Tết Nguyên đán" }, { "2021-02-11", "Tết Nguyên đán" }, { "2021-02-12", "Tết Nguyên đán" },
      { "2021-02-15", "Tết Nguyên đán (nghỉ bù)" }, { "2021-02-16", "Tết Nguyên đán (nghỉ bù)" },
      { "2021-04-21", "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
      { "2021-04-30", "Ngày Chiến thắng" },
      { "2021-05-03", "nghỉ bù Ngày Quốc tế Lao động (01/5 là thứ Bảy)" },
      { "2021-09-02", "Quốc khánh" }, { "2021-09-03", "Quốc khánh (ngày liền kề)" },
    },
    work = {},
  },
  [2022] = {
    status = "CONFIRMED (Tết 31/1 – 4/2, Quốc khánh 1/9 – 2/9, 11/4 and 2/5 made up); 3/5 (1/5 on a Sunday) by Điều 111 k3",
    sources = {
      "https://wikihoc.com/giai-ngo/lich-nghi-tet-nguyen-dan-nham-dan-2022-chi-tiet-chinh-thuc.html",
      "https://scon.com.vn/vi/cac-ngay-nghi-le-trong-nam-2022/",
    },
    off = {
      { "2022-01-03", "nghỉ bù Tết Dương lịch (01/01 là thứ Bảy)" },
      { "2022-01-31", "Tết Nguyên đán" }, { "2022-02-01", "Tết Nguyên đán" }, { "2022-02-02", "Tết Nguyên đán" },
      { "2022-02-03", "Tết Nguyên đán" }, { "2022-02-04", "Tết Nguyên đán" },
      { "2022-04-11", "nghỉ bù Giỗ Tổ Hùng Vương (10/4 là Chủ nhật)" },
      { "2022-05-02", "nghỉ bù Ngày Chiến thắng (30/4 là thứ Bảy)" },
      { "2022-05-03", "nghỉ bù Ngày Quốc tế Lao động (01/5 là Chủ nhật)" },
      { "2022-09-01", "Quốc khánh (ngày liền kề)" }, { "2022-09-02", "Quốc khánh" },
    },
    work = {},
  },
  [2023] = {
    status = "CONFIRMED",
    sources = {
      "https://vietnamnet.vn./19-ngay-nghi-le-tet-trong-nam-2023-2094825.html",
      "Văn bản 8056/VPCP-KGVX ngày 01/12/2022: https://kiemtientuweb.com/tet-2023.html",
      "http://118.69.84.237:801/phap-luat/tim-tu-van?page=2344&q=Gi%E1%BA%A3i+th%E1%BB%83+ph%C3%A1p+nh%C3%A2n (2/1/2023 made up)",
    },
    off = {
      { "2023-01-02", "nghỉ bù Tết Dương lịch (01/01 là Chủ nhật)" },
      { "2023-01-20", "Tết Nguyên đán" }, { "2023-01-23", "Tết Nguyên đán" }, { "2023-01-24", "Tết Nguyên đán" },
      { "2023-01-25", "Tết Nguyên đán" }, { "2023-01-26", "Tết Nguyên đán" },
      { "2023-05-01", "Ngày Quốc tế Lao động" },
      { "2023-05-02", "nghỉ bù Giỗ Tổ Hùng Vương (29/4 là thứ Bảy)" },
      { "2023-05-03", "nghỉ bù Ngày Chiến thắng (30/4 là Chủ nhật)" },
      { "2023-09-01", "Quốc khánh (ngày liền kề)" },
      { "2023-09-04", "nghỉ bù Quốc khánh (02/9 là thứ Bảy)" },
    },
    work = {},
  },
  [2024] = {
    status = "CONFIRMED (30/4 swap, Giỗ Tổ 18/4, Quốc khánh 2/9 – 3/9); PARTIAL: Tết 8/2 – 14/2 (29 tháng Chạp – mùng 5) is the"
      .. " 5 weekdays the statute gives around 10/2, not read in a source",
    sources = {
      "Văn bản 2450/VPCP-KGVX ngày 12/4/2024: https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html",
      "https://xaydungchinhsach.chinhphu.vn/nguoi-lao-dong.html (Giỗ Tổ 18/4/2024)",
      "http://m.btv.org.vn/tin-tuc/le-quoc-khanh-29-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tiep-95086.html",
    },
    off = {
      { "2024-01-01", "Tết Dương lịch" },
      { "2024-02-08", "Tết Nguyên đán" }, { "2024-02-09", "Tết Nguyên đán" }, { "2024-02-12", "Tết Nguyên đán" },
      { "2024-02-13", "Tết Nguyên đán" }, { "2024-02-14", "Tết Nguyên đán" },
      { "2024-04-18", "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
      { "2024-04-29", "hoán đổi ngày làm việc (làm bù thứ Bảy 04/5/2024)" },
      { "2024-04-30", "Ngày Chiến thắng" }, { "2024-05-01", "Ngày Quốc tế Lao động" },
      { "2024-09-02", "Quốc khánh" }, { "2024-09-03", "Quốc khánh (ngày liền kề)" },
    },
    work = { { "2024-05-04", "làm bù cho thứ Hai 29/4/2024" } },
  },
  [2025] = {
    status = "CONFIRMED",
    sources = {
      "Văn bản 8726/VPCP-KGVX ngày 26/11/2024: https://pld.net.vn/tag/nghi-tet-nguyen-dan.html ; https://licham.prices.vn/blog/lich-nghi-tet-nguyen-dan-2025 (Tết 25/1 – 2/2)",
      "https://tracuuquyhoach.com/tin-tuc/cong-chuc-vien-chuc-duoc-nghi-the-nao-trong-dip-le-30-4-1-5-2025-51994339 (2/5 ↔ 26/4)",
      "https://giadinh.suckhoedoisong.vn/lich-nghi-le-quoc-khanh-2-9-sap-toi-cua-hoc-sinh-34-tinh-thanh-tren-ca-nuoc-172250807154747045.htm (30/8 – 2/9)",
    },
    off = {
      { "2025-01-01", "Tết Dương lịch" },
      { "2025-01-27", "Tết Nguyên đán" }, { "2025-01-28", "Tết Nguyên đán" }, { "2025-01-29", "Tết Nguyên đán" },
      { "2025-01-30", "Tết Nguyên đán" }, { "2025-01-31", "Tết Nguyên đán" },
      { "2025-04-07", "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
      { "2025-04-30", "Ngày Chiến thắng" }, { "2025-05-01", "Ngày Quốc tế Lao động" },
      { "2025-05-02", "hoán đổi ngày làm việc (làm bù thứ Bảy 26/4/2025)" },
      { "2025-09-01", "Quốc khánh (ngày liền kề)" }, { "2025-09-02", "Quốc khánh" },
    },
    work = { { "2025-04-26", "làm bù cho thứ Sáu 02/5/2025" } },
  },
  [2026] = {
    status = "CONFIRMED",
    sources = {
      "Thông báo 9441/TB-BNV ngày 16/10/2025: https://vietbao.vn/bo-noi-vu-thong-bao-lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-568329.html ;"
        .. " http://www.congan.com.vn/?catid=702&id=388656&mod=detnews (Tết 14/2 – 22/2)",
      "Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch 1/1 – 4/1, 2/1 ↔ 10/1): https://www.collector.com.tr//965292743",
      "https://dantri.com.vn/noi-vu/de-xuat-hoan-doi-de-quoc-khanh-nam-2026-duoc-nghi-5-ngay-lien-tiep-20251002144910692.htm (31/8 ↔ 22/8);"
        .. " https://thanhnien.vn/nguoi-lao-dong-co-the-nghi-le-tet-toi-26-ngay-trong-nam-2026-185260113172347178.htm (adopted: 25 days off in 2026)",
    },
    off = {
      { "2026-01-01", "Tết Dương lịch" },
      { "2026-01-02", "hoán đổi ngày làm việc (làm bù thứ Bảy 10/01/2026)" },
      { "2026-02-16", "Tết Nguyên đán" }, { "2026-02-17", "Tết Nguyên đán" }, { "2026-02-18", "Tết Nguyên đán" },
      { "2026-02-19", "Tết Nguyên đán" }, { "2026-02-20", "Tết Nguyên đán" },
      { "2026-04-27", "nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)" },
      { "2026-04-30", "Ngày Chiến thắng" }, { "2026-05-01", "Ngày Quốc tế Lao động" },
      { "2026-08-31", "hoán đổi ngày làm việc (làm bù thứ Bảy 22/8/2026)" },
      { "2026-09-01", "Quốc khánh (ngày liền kề)" }, { "2026-09-02", "Quốc khánh" },
    },
    work = { { "2026-01-10", "làm bù cho thứ Sáu 02/01/2026" }, { "2026-08-22", "làm bù cho thứ Hai 31/8/2026" } },
  },
}
