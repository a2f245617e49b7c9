#!/usr/bin/env bash
# Every answer of penalty.assess from two rule packs, quiet and loud, compared byte for byte (docs/performance.md,
# "`penalty.assess` for bulk work"): the requests of a database's cases (requests.sql), synthetic requests over every
# catalog code and version boundary (gen.lua), and requests against the catalog of entries.lua. Then the host
# adapter's positional answers (extracted from Sources/Rules/Engine/HostAdapters.swift) for the first two sets.
# Needs Debian's lua5.4 and sqlite3.
#
#   scripts/bench/assess/fingerprint.sh OLD_RULES NEW_RULES DATABASE [WORK]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
old=$1 new=$2 db=$3 work=${4:-.build/assess-fingerprint}
mkdir -p "$work"
sqlite3 -readonly "$db" < "$here/requests.sql" > "$work/smoke.lua"
lua5.4 "$here/gen.lua" "$new" > "$work/synthetic.lua"
lua5.4 "$here/gen.lua" "$new" catalog > "$work/catalog.lua"
sed -n '/static let source = """/,/^        """/p' "$here/../../../Sources/Rules/Engine/HostAdapters.swift" \
    | sed '1d;$d;s/^        //' > "$work/adapter.lua"
status=0
for set in smoke synthetic catalog; do
    entries=()
    [ "$set" = catalog ] && entries=(ENTRIES="$here/entries.lua")
    for mode in quiet loud; do
        for side in old new; do
            dir=$old; [ "$side" = new ] && dir=$new
            env REQUESTS="$work/$set.lua" ${entries[@]+"${entries[@]}"} lua5.4 "$here/run.lua" "$dir" dump "$mode" \
                > "$work/$set-$mode-$side.txt"
        done
        if cmp -s "$work/$set-$mode-old.txt" "$work/$set-$mode-new.txt"; then
            echo "$set ($mode): $(wc -l < "$work/$set-$mode-new.txt") answers identical"
        else
            echo "$set ($mode): DIFFERENT (diff $work/$set-$mode-old.txt $work/$set-$mode-new.txt)"; status=1
        fi
    done
done
for set in smoke synthetic; do
    for side in old new; do
        dir=$old; [ "$side" = new ] && dir=$new
        DUMP=1 REQUESTS="$work/$set.lua" ADAPTER="$work/adapter.lua" lua5.4 "$here/run.lua" "$dir" adapter \
            > "$work/$set-adapter-$side.txt"
    done
    if cmp -s "$work/$set-adapter-old.txt" "$work/$set-adapter-new.txt"; then
        echo "$set through the adapter: identical"
    else
        echo "$set through the adapter: DIFFERENT"; status=1
    fi
done
exit $status
