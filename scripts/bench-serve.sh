#!/usr/bin/env bash
# Load test of `thanhtra serve`'s JSON API (issue 14 item 8; docs/performance.md "Serving the JSON API"): builds
# thanhtra and thanhtra-serve-load, makes a temporary database (three subjects, one account per role used, the
# chief's signer title), serves it on a free loopback port, runs N concurrent sessions for D seconds mixing
# case-detail reads with payments and new cases, prints requests/s, p50 and p99 for reads and writes, then checks
# that every acknowledged write is in the store and that `journal verify` passes (through the API while serving,
# and with the CLI after the server stopped). Never part of the normal test suite.
#
#   scripts/bench-serve.sh                 50 sessions for 60 s, release build (as scripts/bench.sh builds it)
#   scripts/bench-serve.sh --smoke         5 sessions for 3 s on the debug build: checks that it runs (CI)
#   scripts/bench-serve.sh --debug         use the debug build
#   WORKERS=N                              the server's --workers (default 2)
#   WRITE_WORKERS=N                        the server's --write-workers (unset: the server's default, 1; 0: none)
#   SERVER=PATH                            serve with another thanhtra binary (e.g. a copy of the previous build),
#                                          to measure it beside this one in the same session
#   other options go to thanhtra-serve-load: --sessions N --duration S --write-percent P --seed N --no-timeline
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=release
rest=()
for argument in "$@"; do
    case "$argument" in
        --smoke) configuration=debug; rest+=(--smoke) ;;
        --debug) configuration=debug ;;
        *) rest+=("$argument") ;;
    esac
done

scripts/bootstrap.sh
flags=()
if [ "$configuration" = release ]; then flags=(--static-swift-stdlib --scratch-path .build-release-static); fi
echo "bench-serve: building thanhtra and thanhtra-serve-load ($configuration)" >&2
mkdir -p .build
for product in thanhtra thanhtra-serve-load; do
    if ! swift build -c "$configuration" ${flags[@]+"${flags[@]}"} --product "$product" >.build/bench-serve-build.log 2>&1; then
        cat .build/bench-serve-build.log >&2
        echo "bench-serve: building $product failed" >&2
        exit 1
    fi
done
bin=$(swift build -c "$configuration" ${flags[@]+"${flags[@]}"} --show-bin-path)

work=$(mktemp -d "${TMPDIR:-/tmp}/thanhtra-bench-serve.XXXXXX")
server=""
cleanup() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

export THANHTRA_DB="$work/load.sqlite" USER=bench-serve
password="bench-serve-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
server_binary=${SERVER:-$bin/thanhtra}
thanhtra() { "$server_binary" "$@"; }
thanhtra init --rules rules >/dev/null
thanhtra subject add --tax-code 0101234567 --name "Công ty TNHH Minh Long" --address "Hà Nội" >/dev/null
thanhtra subject add --tax-code 0309876543 --name "Hợp tác xã Đông Hải" --address "Hải Phòng" >/dev/null
thanhtra subject add --tax-code 0201112223 --name "Công ty Cổ phần Sông Hồng" --address "Nam Định" >/dev/null
printf '%s\n' "$password" | thanhtra account add quantri --name "Quản trị" --role quan_tri --password-stdin >/dev/null
for role in chanh_thanh_tra theo_doi_thu_nop thanh_tra_vien; do
    printf '%s\n' "$password" | thanhtra account add "$role" --name "Thử tải $role" --role "$role" \
        --password-stdin --as quantri >/dev/null
done
thanhtra title assign chanh_thanh_tra chanh_thanh_tra_so --from "$(TZ=Asia/Ho_Chi_Minh date -d "-30 days" +%F)" --as quantri >/dev/null

# The access log goes to a file: one line per request.
"$server_binary" serve --port 0 --workers "${WORKERS:-2}" ${WRITE_WORKERS:+--write-workers "$WRITE_WORKERS"} >"$work/serve.out" 2>"$work/serve.log" &
server=$!
port=""
for _ in $(seq 1 100); do
    port=$(sed -n 's|^thanhtra serve: http://[^:]*:\([0-9]*\)/$|\1|p' "$work/serve.out" | head -n 1)
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; echo "bench-serve: the server did not start" >&2; exit 1; }
    sleep 0.1
done
[ -n "$port" ] || { echo "bench-serve: the server printed no port" >&2; exit 1; }
echo "bench-serve: $server_binary serving $THANHTRA_DB on 127.0.0.1:$port (workers ${WORKERS:-2}, write workers ${WRITE_WORKERS:-default}); load: $(uptime | sed 's/.*load average/load average/')" >&2

status=0
"$bin/thanhtra-serve-load" --port "$port" --password "$password" ${rest[@]+"${rest[@]}"} || status=$?

kill -TERM "$server"
wait "$server" || { echo "bench-serve: the server did not stop cleanly" >&2; status=1; }
server=""
echo "bench-serve: $(grep -c ' 50[0-9]' "$work/serve.log" || true) responses 5xx in the access log" >&2
if ! thanhtra journal verify --as chanh_thanh_tra >"$work/verify.out" 2>&1; then
    cat "$work/verify.out" >&2
    echo "bench-serve: journal verify FAILED after the run" >&2
    status=1
else
    echo "bench-serve: journal verify (CLI, after the server stopped): $(tail -n 1 "$work/verify.out")" >&2
fi
exit "$status"
