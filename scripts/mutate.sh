#!/usr/bin/env bash
# mutate.sh: random whole-app damage, scanned as cold processes. For each
# seed app of ../shared/corpus it writes N mutants (default 50; seed 1:
# `go run ./scanner/internal/hostile/gen -mutants`), scans each with
# `apkscan scan` under GNU time and reports exit codes, time and peak RSS.
# It fails when a mutant exits 4 (a bug) or other than 0, 1 or 3, or
# passes 5 s or 512 MB (the hostile-input bounds), and keeps those mutants.
#
# Usage: scripts/mutate.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50}
seed=${2:-1}
corpus=../shared/corpus
[ -d "$corpus/apk" ] || { echo "mutate: $corpus not found"; exit 0; }
seeds=("$corpus/apk/sensorsdata_demo-release.apk" "$corpus/apk/matomo_demo_app-debug.apk"
	"$corpus/apk/countly_app-release.apk" "$corpus/browsers/xzx482_apks_via.apk")
work=$(mktemp -d)
go build $(./scripts/gotags.sh) -o "$work/apkscan" ./cmd/apkscan
rows="$work/rows"
: >"$rows"
bad=0
for s in "${seeds[@]}"; do
	out="$work/$(basename "$s" .apk)"
	go run ./scanner/internal/hostile/gen -base "$s" -out "$out" -mutants "$n" -seed "$seed" >/dev/null
	for m in "$out"/*.apk; do
		code=0
		/usr/bin/time -f '%e %M' -o "$work/t" "$work/apkscan" scan -q --fail-on none -f json -o /dev/null "$m" 2>/dev/null || code=$?
		# GNU time writes "Command exited with non-zero status N" first.
		read -r secs kb < <(tail -n 1 "$work/t")
		echo "$code $secs $kb $m" >>"$rows"
		if [ "$code" -ne 0 ] && [ "$code" -ne 1 ] && [ "$code" -ne 3 ] || awk -v s="$secs" -v k="$kb" 'BEGIN {exit !(s > 5 || k > 512*1024)}'; then
			echo "mutate: out of bounds: exit $code, $secs s, $((kb / 1024)) MB: $m (kept)"
			bad=1
		else
			rm -f "$m"
		fi
	done
done
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
maxof() { sort -n | tail -n 1; }
codes=$(cut -d' ' -f1 "$rows" | sort | uniq -c | awk '{printf " exit %s: %d;", $2, $1}')
printf '%d mutants of %d apps (seed %s):%s time median %s s, max %s s; peak RSS median %d MB, max %d MB\n' \
	"$(wc -l <"$rows")" "${#seeds[@]}" "$seed" "$codes" \
	"$(cut -d' ' -f2 "$rows" | median)" "$(cut -d' ' -f2 "$rows" | maxof)" \
	"$(($(cut -d' ' -f3 "$rows" | median) / 1024))" "$(($(cut -d' ' -f3 "$rows" | maxof) / 1024))"
[ "$bad" -eq 0 ] && rm -rf "$work"
exit "$bad"
