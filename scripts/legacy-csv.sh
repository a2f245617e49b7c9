#!/bin/sh
# Writes a deterministic legacy CSV file of one kind to stdout, for trying and measuring `thanhtra import`.
#
#   scripts/legacy-csv.sh subjects 200000    > subjects.csv     # organizations 0100000001 …
#   scripts/legacy-csv.sh inspections 200000 > inspections.csv  # against those subjects
#   scripts/legacy-csv.sh cases 200000       > cases.csv        # against those subjects; 4 in 5 decided
#   scripts/legacy-csv.sh payments 200000    > payments.csv     # two receipts per decided case of cases.csv
#
# Subjects are numbered 1…SUBJECTS (default: the row count), so import the subjects file first with at least as
# many rows. Payments need the cases file of at least 1.25 × their count (two payments for each decided case).
# Dates stay before 2026-11-15, so THANHTRA_TODAY=2026-11-23 (or any later day) accepts them all.
set -eu
kind=${1:?usage: legacy-csv.sh subjects|inspections|cases|payments ROWS [SUBJECTS]}
rows=${2:?usage: legacy-csv.sh KIND ROWS [SUBJECTS]}
subjects=${3:-$rows}

exec awk -v kind="$kind" -v rows="$rows" -v subjects="$subjects" '
# Days since 1970-01-01 to YYYY-MM-DD (proleptic Gregorian; Howard Hinnant’s civil_from_days).
function ymd(z,    era, doe, yoe, y, doy, mp, d, m) {
    z += 719468; era = int(z / 146097); doe = z - era * 146097
    yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
    y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100)); mp = int((5 * doy + 2) / 153)
    d = doy - int((153 * mp + 2) / 5) + 1; m = mp < 10 ? mp + 3 : mp - 9
    return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d)
}
# 1.500.000-style thousands for even amounts of rows, plain digits for the others.
function money(v, dotted,    s, out) {
    s = sprintf("%d", v); if (!dotted) return s
    out = ""; while (length(s) > 3) { out = "." substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
    return s out
}
function taxcode(i) { return sprintf("01%08d", (i - 1) % subjects + 1) }
BEGIN {
    d2024 = 19723          # 2024-01-01
    d2025h2 = 20270        # 2025-07-01: the 2025 inspection law
    if (kind == "subjects") {
        print "ma so thue,ten,dia chi"
        for (i = 1; i <= rows; i++) printf "%s,\"Công ty TNHH số %d, chi nhánh\",Số %d Trần Hưng Đạo\n", sprintf("01%08d", i), i, i
    } else if (kind == "inspections") {
        print "so quyet dinh,ngay quyet dinh,hinh thuc,ma ke hoach,can cu,van ban can cu,loai hinh,cap,noi dung,linh vuc,don vi chu tri,ma so thue,truong doan,ngay cong bo,ngay ket thuc truc tiep,so ket luan,ngay ket luan,tien vi pham,kien nghi thu hoi,kien nghi xu ly khac ve kinh te,da thu hoi,ngay thu hoi,chung tu thu hoi"
        for (i = 1; i <= rows; i++) {
            decided = d2025h2 + (i * 7919) % 420; mode = i % 3
            m = mode == 0 ? "theo kế hoạch" : mode == 1 ? "đột xuất" : "thường xuyên"
            plan = mode == 0 ? sprintf("KH-%07d", i) : ""
            ground = mode == 1 ? "khiếu nại,Đơn số " i : ","
            concluded = i % 4 != 0
            line = sprintf("QĐ-%07d/TTr,%s,%s,%s,%s,thanh_tra,thanh_tra_tinh,Thanh tra việc chấp hành pháp luật số %d,tai_chinh_ngan_sach,Phòng %d,%s,Trưởng đoàn %d,%s,%s",
                i, ymd(decided), m, plan, ground, i, i % 5 + 1, taxcode(i), i, ymd(decided + 4), ymd(decided + 34))
            if (concluded) {
                found = 1000000 * (i % 50 + 1); recovery = found / 2; other = found - recovery
                line = line sprintf(",KL-%07d,%s,%s,%s,%s", i, ymd(decided + 64), money(found, i % 2), money(recovery, 0), money(other, 0))
                line = line (i % 2 ? sprintf(",%s,%s,CT-%07d", money(recovery / 2, 0), ymd(decided + 80), i) : ",,,")
            } else {
                line = line ",,,,,,,,"
            }
            print line
        }
    } else if (kind == "cases") {
        print "so bien ban,ma so thue,ngay lap bien ban,hanh vi vi pham,so quyet dinh,ngay quyet dinh,nguoi ky,tien phat,ngay nhan quyet dinh"
        for (i = 1; i <= rows; i++) {
            recorded = d2024 + (i * 7919) % 1030
            code = i % 3 == 0 ? "ND125-2020-D24-K4-b;ND125-2020-D22-K2" : "ND125-2020-D24-K4-b"
            line = sprintf("BB-%07d,%s,%s,%s", i, taxcode(i), ymd(recorded), code)
            if (i % 5 != 0) {
                fine = 1000000 * (i % 20 + 4)
                line = line sprintf(",QĐ-%07d/XPHC,%s,Nguyễn Văn %d,%s,%s", i, ymd(recorded + 5), i % 100, money(fine, i % 2 == 0), i % 2 ? ymd(recorded + 7) : "")
            } else {
                line = line ",,,,,"
            }
            print line
        }
    } else if (kind == "payments") {
        print "so quyet dinh,ngay nop,so tien,tien cham nop,so bien lai"
        n = 0
        for (i = 1; n < rows; i++) {
            if (i % 5 == 0) continue
            recorded = d2024 + (i * 7919) % 1030; fine = 1000000 * (i % 20 + 4)
            printf "QĐ-%07d/XPHC,%s,%s,,BL-%07d-1\n", i, ymd(recorded + 9), money(fine / 2, 1), i; n++
            if (n < rows) { printf "QĐ-%07d/XPHC,%s,%s,%s,BL-%07d-2\n", i, ymd(recorded + 12), money(fine / 2, 0), i % 7 ? "" : "15.000", i; n++ }
        }
    } else {
        print "unknown kind " kind > "/dev/stderr"; exit 2
    }
}'
