#!/usr/bin/env bash
# The main job on the embedded default: installs what is missing, builds thanhtra, creates ./demo.sqlite from
# the bundled rule pack (rules/) and the sample data (scripts/sample-data/), and prints what it holds.
# Run it again at any time: it starts from a fresh demo.sqlite each time.
#
# In Vietnamese with `scripts/demo.sh --lang vi` or a vi_* locale (LC_ALL, LC_MESSAGES, LANG), as thanhtra itself;
# `--lang en` for English. THANHTRA_BIN=PATH runs that binary instead of building one; DEMO_DIR=DIR writes
# demo.sqlite and demo-report.xlsx there instead of the repository's root.
set -euo pipefail
cd "$(dirname "$0")/.."

lang=""
while [ $# -gt 0 ]; do
    case "$1" in
        --lang) lang="${2:-}"; shift 2 ;;
        --lang=*) lang="${1#--lang=}"; shift ;;
        *) echo "demo: unknown argument '$1'; use --lang vi or --lang en" >&2; exit 64 ;;
    esac
done
if [ -z "$lang" ]; then
    case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in vi*|VI*) lang=vi ;; *) lang=en ;; esac
fi
case "$lang" in vi|en) ;; *) echo "demo: --lang is vi or en, not '$lang'" >&2; exit 64 ;; esac
# say ENGLISH VIETNAMESE: the demo's own words in the language of the run.
say() { if [ "$lang" = vi ]; then echo "$2"; else echo "$1"; fi; }

if [ -n "${THANHTRA_BIN:-}" ]; then
    bin="$THANHTRA_BIN"
else
    scripts/bootstrap.sh
    say "demo: building thanhtra (first build takes a few minutes)" \
        "demo: đang biên dịch thanhtra (lần đầu mất vài phút)" >&2
    swift build --product thanhtra 2>&1 | grep -E 'error|warning: unre|Compiling thanhtra|Build complete' >&2 || true
    bin="$(swift build --show-bin-path)/thanhtra"
fi
[ -x "$bin" ] || { say "demo: build failed; run 'swift build' to see why" \
    "demo: biên dịch không thành công; chạy 'swift build' để xem lý do" >&2; exit 1; }

dir="${DEMO_DIR:-.}"
db="$dir/demo.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
export THANHTRA_DB="$db" USER="${USER:-demo}"
run() { echo; echo "\$ thanhtra $*"; "$bin" "$@" --lang "$lang"; }

run init --rules rules
run rules check
# Register the sample subjects, one journaled command each.
tail -n +2 scripts/sample-data/subjects.tsv | while IFS=$'\t' read -r kind identifier name address; do
    flag=--id-number; [ "$kind" = organization ] && flag=--tax-code
    "$bin" subject add "$flag" "$identifier" --name "$name" --address "$address" --lang "$lang" >/dev/null
done
run subject list

# A penalty case from the violation record to a late partial payment, dated relative to today so the demo
# always shows a surcharge accruing. Every amount and date comes from the rule pack.
day() { TZ=Asia/Ho_Chi_Minh date -d "$1 days" +%F; }
run case open --subject 1 --record "BB-$(day -35)/TTS" --record-on "$(day -35)" --place "Hà Nội" \
    --violation "ND125-2020-D24-K4-b,committed=$(day -45)" \
    --violation "ND125-2020-D22-K2,committed=$(day -50),gain=12.000.000" --mitigating tu_nguyen_khai_bao
run case preview 1 --on "$(day -33)" --signer chanh_thanh_tra_so
run case decide 1 --number "15/QĐ-XPHC" --on "$(day -33)" --signer chanh_thanh_tra_so --signer-name "Nguyễn Văn Bình"
run case deliver 1 --on "$(day -32)"
run case pay 1 --amount 10.000.000 --on "$(day -15)" --receipt BL-0001
run case show 1
run case list

# The 2026 inspection plan from rules/inspection/plans/2026.lua (loaded as of 100 days ago, so the steps below can
# be dated after it), then one scheduled inspection from decision to follow-up; every deadline comes from the pack.
THANHTRA_TODAY="$(day -100)" run plan load 2026
run plan load 2026
run inspection decide 4 --number "45/QĐ-TTr" --on "$(day -90)" --signer-title "Chánh Thanh tra tỉnh" \
    --signer "Trần Văn Hải" --lead "Lê Minh" --member "Phạm An"
run inspection announce 4 --on "$(day -88)"
run finding add --inspection 4 --subject 1 --description "Sử dụng kinh phí sai mục đích" --amount 80.000.000 \
    --category su_dung_sai_muc_dich
run recommend --inspection 4 --kind recovery --finding 1 --subject 1 --description "Thu hồi về ngân sách nhà nước" \
    --amount 80.000.000
run inspection end-onsite 4 --on "$(day -40)"
run inspection report 4 --on "$(day -30)"
run inspection draft 4 --on "$(day -25)"
# Concluded inside this reporting month (from the 15th: the pack's national cut-off), so the summary below counts it
# whatever day the demo runs.
later() { if [[ "$1" > "$2" ]]; then echo "$1"; else echo "$2"; fi; }
if [ "$(TZ=Asia/Ho_Chi_Minh date +%d)" -ge 15 ]; then month_from=$(TZ=Asia/Ho_Chi_Minh date +%Y-%m-15)
else month_from=$(TZ=Asia/Ho_Chi_Minh date -d "$(TZ=Asia/Ho_Chi_Minh date +%Y-%m-01) -1 day" +%Y-%m-15); fi
concluded_on=$(later "$(day -20)" "$month_from")
run inspection conclude 4 --number "12/KL-TTr" --on "$concluded_on"
run follow-up record --recommendation 1 --amount 50.000.000 --receipt BL-0077 --on "$(later "$(day -5)" "$concluded_on")"
run inspection show 4
run plan show 2026
run journal show
run journal verify

# This month's summary (the reporting month that contains today, by the pack's cut-off: it counts the conclusion),
# then the summary of the reporting month of the case's decision (day -33; a month runs from the 15th of the
# previous month to the 14th, so the decision may fall in an earlier month than today's), also as XLSX.
run report monthly
reporting_month() {   # the reporting month (YYYY-MM) that contains the day $1, by the pack's 15th cut-off
    if [ "$(date -d "$1" +%d)" -ge 15 ]; then date -d "$(date -d "$1" +%Y-%m-01) +1 month" +%Y-%m; else date -d "$1" +%Y-%m; fi
}
decision_month=$(reporting_month "$(day -33)")
run report monthly "$decision_month"
run report monthly "$decision_month" --format xlsx -o "$dir/demo-report.xlsx"
echo
say "demo: the database is $db, the spreadsheet $dir/demo-report.xlsx; try: $bin --db $db report explain monthly $decision_month penalty.fines_imposed_vnd" \
    "demo: cơ sở dữ liệu là $db, bảng tính là $dir/demo-report.xlsx; thử: $bin --db $db report explain monthly $decision_month penalty.fines_imposed_vnd --lang vi"
