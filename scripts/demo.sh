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
run journal show
run journal verify
echo
echo "demo: the database is $db; try: $bin --db $db subject show 1"
