#!/usr/bin/env bash
# test-summary.sh LOG: one closing line for a `go test -v` log, counting
# every test and subtest: "tests: N passed, N failed, N skipped".
set -u
log=${1:-.test.log}
[ -f "$log" ] || { echo "tests: no log at $log"; exit 0; }
p=$(grep -cE '^\s*--- PASS' "$log")
f=$(grep -cE '^\s*--- FAIL' "$log")
s=$(grep -cE '^\s*--- SKIP' "$log")
echo "tests: $p passed, $f failed, $s skipped"
