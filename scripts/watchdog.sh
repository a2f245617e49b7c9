#!/usr/bin/env bash
# Runs CMD in a session of its own and ends that whole session if CMD is still running after SECONDS: a test that
# hangs then fails the run in minutes instead of holding CI until its own limit. Every process CMD starts is in the
# session (SwiftPM starts the test process in a process group of its own, which a plain `timeout` never reaches; so
# is the private PostgreSQL of scripts/with-postgres.sh, whose pg_virtualenv removes its cluster on SIGTERM).
#
#   scripts/watchdog.sh 2700 scripts/with-postgres.sh swift test
#
# Exits with CMD's status, or 124 when the time ran out (as `timeout` does). Ctrl-C or SIGTERM to this script ends
# the session too.
set -uo pipefail
if [ $# -lt 2 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
    echo "usage: scripts/watchdog.sh SECONDS CMD [ARG...]" >&2
    exit 64
fi
limit=$1
shift

# Without job control a background job is not a process group leader, so setsid makes it the leader of a new
# session in place: its PID is the session's ID.
setsid "$@" &
leader=$!

end_session() {
    pkill -TERM -s "$leader" 2>/dev/null
    # pg_virtualenv stops and drops its cluster on SIGTERM; give it and the tests a moment, then make sure.
    for _ in $(seq 1 20); do
        pgrep -s "$leader" >/dev/null || return 0
        sleep 0.5
    done
    pkill -KILL -s "$leader" 2>/dev/null
}

on_signal() {
    echo "watchdog: interrupted; ending $1 and everything it started" >&2
    end_session
    exit 130
}
trap 'on_signal "$*"' INT TERM HUP

marker=$(mktemp -u -t thanhtra-watchdog.XXXXXX)
# The watch looks every second, so it ends by itself within a second of CMD and leaves no sleeping process behind.
(
    for ((waited = 0; waited < limit; waited++)); do
        sleep 1
        kill -0 "$leader" 2>/dev/null || exit 0
    done
    echo >&2
    echo "watchdog: still running after $limit s, so it is ended as hung: $*" >&2
    echo "watchdog: its processes (the test that was running is the last one the output above started):" >&2
    ps -s "$leader" -o pid=,etime=,args= 2>/dev/null | cut -c1-200 >&2
    touch "$marker"
    end_session
) &
dog=$!

wait "$leader"
status=$?
wait "$dog" 2>/dev/null
if [ -e "$marker" ]; then
    rm -f "$marker"
    echo "watchdog: failed: ran out of its $limit s (set THANHTRA_TEST_TIMEOUT to change the limit)" >&2
    exit 124
fi
exit "$status"
