#!/usr/bin/env bash
# Runs a corpus of hostile rule files against the bundled rule pack through `thanhtra rules check`: each file is
# copied into a scratch copy of rules/ as the module `attack`, required first from init.lua. Every attack must be
# refused: exit status 1, within 60 s, the error naming the attack's file, at most 10 MB of output.
#
#   scripts/attack-corpus.sh [DIR]        # default: Tests/Attacks; THANHTRA=path/to/thanhtra to use another build
#
# Prints one line per attack and a summary; exits 1 if any attack was not refused as required.
set -uo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-Tests/Attacks}
thanhtra=${THANHTRA:-.build/debug/thanhtra}
if [ ! -x "$thanhtra" ]; then
    echo "attack-corpus: $thanhtra not found; build first (swift build) or set THANHTRA" >&2
    exit 64
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=0
for attack in "$corpus"/*.lua; do
    name=$(basename "$attack" .lua)
    pack="$scratch/$name"
    rm -rf "$pack"
    cp -r rules "$pack"
    cp "$attack" "$pack/attack.lua"
    { echo 'local _attack = require "attack"'; cat rules/init.lua; } > "$pack/init.lua"
    start=$(date +%s%N)
    timeout 60 "$thanhtra" --db "$scratch/$name.sqlite" rules check --rules "$pack" > "$scratch/$name.out" 2>&1
    status=$?
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    bytes=$(wc -c < "$scratch/$name.out")
    problem=""
    if [ "$status" -ne 1 ]; then problem="exit status $status (want 1)"
    elif ! grep -q -- "--> rules/attack.lua" "$scratch/$name.out"; then problem="the error does not name rules/attack.lua"
    elif [ "$bytes" -gt 10485760 ]; then problem="$bytes bytes of output (at most 10 MB)"
    fi
    message=$(grep -m1 '^error:' "$scratch/$name.out" | cut -c1-100)
    if [ -z "$problem" ]; then
        passed=$((passed + 1))
        printf 'ok    %-28s %6d ms %9d bytes  %s\n' "$name" "$elapsed" "$bytes" "$message"
    else
        failed=$((failed + 1))
        printf 'FAIL  %-28s %6d ms %9d bytes  %s\n' "$name" "$elapsed" "$bytes" "$problem"
        tail -5 "$scratch/$name.out" | sed 's/^/      /'
    fi
done
echo "attack-corpus: $passed refused as required, $failed not, of $((passed + failed)) attacks in $corpus"
[ "$failed" -eq 0 ]
