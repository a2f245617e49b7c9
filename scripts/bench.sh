#!/usr/bin/env bash
# Runs thanhtra's benchmark suite (docs/performance.md): builds thanhtra and thanhtra-bench, and the C baseline
# host (scripts/bench/lua_fine_host.c), then prints the six figures, each beside a baseline measured in the same run.
#
#   scripts/bench.sh                 full scale (1M and 10M cases; the first run generates the data, ~GBs in .build/bench)
#   scripts/bench.sh --smoke         about 10 000 rows: checks that the benchmark runs (CI); no timing is asserted
#   scripts/bench.sh --debug         use the debug build (CI's smoke run reuses the test build)
#   scripts/bench.sh --postgres      also the PostgreSQL column (figures 2-5 and the writers, figure 7), on a private
#                                    server started by scripts/with-postgres.sh (pg_virtualenv) and removed afterwards
#   other options go to `thanhtra-bench run` (e.g. --output docs/bench-table.md, --diff-cases 200000)
set -euo pipefail
cd "$(dirname "$0")/.."

scale=full
configuration=release
runner=()
rest=()
for argument in "$@"; do
    case "$argument" in
        --smoke) scale=smoke ;;
        --debug) configuration=debug ;;
        --postgres)
            runner=(env THANHTRA_REQUIRE_POSTGRES=1 scripts/with-postgres.sh)
            rest+=(--postgres)
            ;;
        *) rest+=("$argument") ;;
    esac
done

scripts/bootstrap.sh
# A release build links the Swift standard library and Foundation statically, as a deployment would: a process
# starts in about half the time (figure 5). It has its own build folder, so the debug build stays as it is.
flags=()
if [ "$configuration" = release ]; then flags=(--static-swift-stdlib --scratch-path .build-release-static); fi
echo "bench: building thanhtra and thanhtra-bench ($configuration)" >&2
mkdir -p .build
for product in thanhtra thanhtra-bench; do
    if ! swift build -c "$configuration" ${flags[@]+"${flags[@]}"} --product "$product" >.build/bench-build.log 2>&1; then
        cat .build/bench-build.log >&2
        echo "bench: building $product failed" >&2
        exit 1
    fi
done
bin=$(swift build -c "$configuration" ${flags[@]+"${flags[@]}"} --show-bin-path)

work=".build/bench/$scale"
mkdir -p "$work"
compiler=$(command -v cc || command -v gcc || command -v clang)
# shellcheck disable=SC2046 # pkg-config prints several flags
"$compiler" -O2 -o "$work/lua_fine_host" scripts/bench/lua_fine_host.c $(pkg-config --cflags --libs lua5.4) -lpthread

exec ${runner[@]+"${runner[@]}"} "$bin/thanhtra-bench" run --scale "$scale" --thanhtra "$bin/thanhtra" --host "$work/lua_fine_host" \
    --rules rules --work "$work" ${rest[@]+"${rest[@]}"}
