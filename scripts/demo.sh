#!/usr/bin/env bash
# The main job on the embedded default: installs what is missing, builds thanhtra, creates ./demo.sqlite from
# the bundled rule pack (rules/) and the sample data (scripts/sample-data/), and prints what it holds.
# Run it again at any time: it starts from a fresh demo.sqlite each time.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh
echo "demo: building thanhtra (first build takes a few minutes)" >&2
swift build --product thanhtra 2>&1 | grep -E 'error|warning: unre|Compiling thanhtra|Build complete' >&2 || true
bin="$(swift build --show-bin-path)/thanhtra"
[ -x "$bin" ] || { echo "demo: build failed; run 'swift build' to see why" >&2; exit 1; }

db=demo.sqlite
rm -f "$db" "$db-wal" "$db-shm"
export THANHTRA_DB="$db" USER="${USER:-demo}"
run() { echo; echo "\$ thanhtra $*"; "$bin" "$@"; }

run init --rules rules
run rules check
# Register the sample subjects, one journaled command each.
tail -n +2 scripts/sample-data/subjects.tsv | while IFS=$'\t' read -r kind identifier name address; do
    flag=--id-number; [ "$kind" = organization ] && flag=--tax-code
    "$bin" subject add "$flag" "$identifier" --name "$name" --address "$address" >/dev/null
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
run journal show
run journal verify
echo
echo "demo: the database is $db; try: $bin --db $db case show 1 --explain"
