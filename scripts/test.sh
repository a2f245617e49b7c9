#!/usr/bin/env bash
# Runs every test of thanhtra on this machine: installs the missing system libraries, runs the house checks,
# builds, and runs the unit and end-to-end tests. `.ci/run` calls this script. The tests run under
# scripts/with-postgres.sh, a private PostgreSQL for the PostgresStore tests (which never skip in CI).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh --test
scripts/check.sh
echo "test: building (debug)" >&2
swift build --build-tests 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
# `swift build` above only warms the cache; its failures surface again, with full output, here.
# The watchdog ends the tests, the private server and everything they started if they run past
# THANHTRA_TEST_TIMEOUT seconds (default 45 minutes; the whole suite takes 15-25 here), so a hung test fails the run
# with the processes that were left instead of holding CI until its own limit.
scripts/watchdog.sh "${THANHTRA_TEST_TIMEOUT:-2700}" scripts/with-postgres.sh swift test "$@"
# The benchmark's smoke run (about 10 000 rows, the debug build just made): checks that every figure still runs.
# It asserts no time; docs/performance.md has the full run.
# The serving load test's smoke run (5 sessions for 3 s): the API answers, every acknowledged write is in the store.
if [ $# -eq 0 ]; then
    scripts/bench.sh --smoke --debug
    scripts/bench-serve.sh --smoke
fi
