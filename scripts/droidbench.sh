#!/usr/bin/env bash
# droidbench.sh: score apkscan's leak findings on ../shared/droidbench
# (scoring of its README: per app TP = min(reported, expected)), then time
# and measure every app with the real binary (a cold process per app).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=../shared/droidbench
[ -d "$dir" ] || { echo "droidbench: $dir not found"; exit 0; }
go test -count=1 -run '^TestDroidBench$' -v ./scanner/stage/flow | grep -E 'DroidBench:|expected' || true
go build $(./scripts/gotags.sh) -o bin/apkscan ./cmd/apkscan
printf '\n%-58s %8s %8s\n' app seconds peakMB
tmp=$(mktemp)
for apk in "$dir"/*.apk; do
	/usr/bin/time -f '%e %M' -o "$tmp" bin/apkscan scan --fail-on none -f json -o /dev/null "$apk" || true
	read -r secs kb <"$tmp"
	printf '%-58s %8.3f %8.1f\n' "$(basename "$apk")" "$secs" "$(echo "$kb / 1024" | bc -l)"
done | tee "$tmp.all"
awk '{s+=$2; if ($3>m) m=$3; n++} END {printf "\n%d apps: mean %.3f s per app (cold process, rules load included), max peak %.1f MB\n", n, s/n, m}' "$tmp.all"
rm -f "$tmp" "$tmp.all"
