#!/usr/bin/env bash
# Runs CMD with a private, throw-away PostgreSQL server on loopback, started by Debian's pg_virtualenv
# (postgresql-common), which exports PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE to CMD and removes the
# cluster when CMD exits. The PostgresStore tests read those variables.
#
#   scripts/with-postgres.sh swift test --filter PostgresStoreTests
#
# Without pg_virtualenv, CMD runs without a server and the PostgreSQL tests skip with a printed reason; in CI (CI set
# and not "false") or with THANHTRA_REQUIRE_POSTGRES=1 that is an error instead, and the tests themselves fail rather
# than skip (scripts/bootstrap.sh installs postgresql and postgresql-common).
set -euo pipefail
if [ $# -eq 0 ]; then
    echo "usage: scripts/with-postgres.sh CMD [ARG...]" >&2
    exit 64
fi
required=0
if { [ -n "${CI:-}" ] && [ "${CI}" != "false" ]; } || [ "${THANHTRA_REQUIRE_POSTGRES:-}" = "1" ]; then
    required=1
fi
if ! command -v pg_virtualenv >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    if [ $required -eq 1 ]; then
        echo "with-postgres: no PostgreSQL server binaries (pg_virtualenv, /usr/lib/postgresql/*/bin/postgres);" \
            "the PostgreSQL tests must not skip here: run scripts/bootstrap.sh" >&2
        exit 1
    fi
    echo "with-postgres: no PostgreSQL server binaries; running without a server (the PostgreSQL tests skip)" >&2
    exec "$@"
fi
# -t: the cluster lives in a temporary directory even as root, so that parallel runs never share
# /etc/postgresql/*/regress. The settings trade durability for speed: the cluster is thrown away.
exec pg_virtualenv -t -o fsync=off -o synchronous_commit=off -o full_page_writes=off "$@"
