#!/usr/bin/env bash
# House checks that a reviewer would otherwise make by hand (STYLE.md §1, §4). Exits 1 on any finding.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
fail() { echo "check: $1" >&2; status=1; }

# The Lua C API is imported only by the bridge.
hits=$(grep -rlE '^\s*(@preconcurrency |public |internal )?import (CLua|LuaShim)' Sources --include='*.swift' | grep -vE '^Sources/LuaBridge/')
[ -z "$hits" ] || fail "CLua/LuaShim imported outside LuaBridge: $hits"

# The bridge is generic (DESIGN.md §3): no calendar or money in its code; those helpers belong to Rules (RulesNative).
hits=$(grep -rnE '(calendar|Calendar|VND|đồng)' Sources/LuaBridge Sources/LuaShim | grep -vE '^[^:]+:[0-9]+:\s*//')
[ -z "$hits" ] || fail "domain words in LuaBridge/LuaShim (move them to Rules): $hits"

# Imports point down the table of STYLE.md §1.
forbidden() { # target, modules it may not import
    local target=$1; shift
    for m in "$@"; do
        hits=$(grep -rlE "^\s*(@preconcurrency |public |internal )?import $m\b" "Sources/$target" --include='*.swift' 2>/dev/null)
        [ -z "$hits" ] || fail "$target must not import $m: $hits"
    done
}
forbidden Casework GRDB LuaBridge Rules Store Reports Import ArgumentParser
forbidden LuaBridge Casework Rules Store Reports GRDB ArgumentParser
forbidden Rules Store Reports GRDB ArgumentParser
forbidden Store Rules LuaBridge Reports ArgumentParser
forbidden Reports Rules LuaBridge Store GRDB ArgumentParser
# Import reaches the store through Casework's import ports: never GRDB, a concrete store or Lua.
forbidden Import GRDB GRDBSQLite Store Rules LuaBridge RulesNative Reports Inspectorate ArgumentParser
# The serve load test is a client of the JSON API only: no target of the project.
forbidden ServeLoad Casework Inspectorate Store PostgresStore Rules Reports Server GRDB
# PostgresStore: Casework, PostgresNIO, Foundation and Logging only (STYLE.md §1).
hits=$(grep -rhoE '^\s*(@preconcurrency |public |internal |package )?import [A-Za-z_]+' Sources/PostgresStore --include='*.swift' 2>/dev/null \
    | awk '{print $NF}' | sort -u | grep -vxE 'Casework|PostgresNIO|Foundation|Logging')
[ -z "$hits" ] || fail "PostgresStore may import only Casework, PostgresNIO, Foundation and Logging, not: $hits"
forbidden Casework PostgresNIO PostgresStore
forbidden Store PostgresNIO PostgresStore
forbidden Inspectorate PostgresNIO PostgresStore
# The application layer sees the ports only: never a concrete store, GRDB or Lua.
forbidden Inspectorate Rules LuaBridge Store GRDB ArgumentParser
# The server is a face: the application layer and the ports only; the CLI's composition root hands it the store.
forbidden Server Store Rules LuaBridge RulesNative GRDB GRDBSQLite PostgresNIO PostgresStore Import ArgumentParser

# Casework is the core: no file I/O and no CSV (both belong to Import and the faces).
hits=$(grep -rnE '\b(FileHandle|FileManager|fopen|CSVReader|CSVWriter)\b|Data\(contentsOf' Sources/Casework --include='*.swift' | grep -vE '^[^:]+:[0-9]+:\s*//')
[ -z "$hits" ] || fail "file I/O or CSV in Casework (belongs in Import): $hits"

# No CLI words below the faces (DESIGN.md §3): a string literal in the core, the import, the application layer or the
# store names no flag (`--receipt`) and no command (`thanhtra case show 4`); errors carry values (Advice, refusals,
# ImportNextStep) and Sources/thanhtra words them. Store files still to convert are listed (issue 11 item 6); a new
# file joins the check at once.
cli_words='"[^"]*(`thanhtra [a-z]|\(thanhtra [a-z]|[ "(`]--[a-z])'
hits=$(grep -rnE "$cli_words" Sources/Casework Sources/Import Sources/Inspectorate Sources/Store --include='*.swift' \
    | grep -vE '^[^:]+:[0-9]+:\s*//' \
    | grep -vE '^Sources/Store/(SQLiteStore\+Errors|SQLiteStore\+AmountBound|Seal/SQLiteStore\+Seals|Seal/SQLiteStore\+WriteCheck|SQLiteStore\+FiledReports|SQLiteStore\+InspectionRows|SQLiteStore\+Subjects)\.swift:')
[ -z "$hits" ] || fail "CLI words (a flag or a command) in a string below the faces; carry a value and word it in Sources/thanhtra:
$hits"

# The executable names its stores (SQLiteStore, PostgresStore) in one place, the composition root
# (Sources/thanhtra/Support/App.swift).
hits=$(grep -rlE 'SQLiteStore|PostgresStore|^\s*(@preconcurrency |public |internal )?import (GRDB|Store|PostgresStore|PostgresNIO)\b' Sources/thanhtra --include='*.swift' | grep -vx 'Sources/thanhtra/Support/App.swift')
[ -z "$hits" ] || fail "a concrete store named outside the composition root (Support/App.swift): $hits"

# No floating point on a money path.
hits=$(grep -rnE '\b(Double|Float|CGFloat|Decimal)\b' Sources --include='*.swift' | grep -iE 'amount|money|fine|vnd|dong|recover|paid|surcharge')
[ -z "$hits" ] || fail "floating point near money (money is Int64 đồng):
$hits"

# The executable only parses, wires and prints: no SQL in it.
hits=$(grep -rnE '"(SELECT|INSERT|UPDATE|DELETE) ' Sources/thanhtra --include='*.swift')
[ -z "$hits" ] || fail "SQL in the executable (belongs in Store): $hits"

# Nothing generated is committed.
if git rev-parse --git-dir >/dev/null 2>&1; then
    hits=$(git ls-files | grep -E '(^|/)\.build[^/]*/|(^|/)Package\.resolved$|\.sqlite(-wal|-shm)?$')
    [ -z "$hits" ] || fail "generated files are committed: $hits"
fi

[ $status -eq 0 ] && echo "check: house checks passed" >&2
exit $status
