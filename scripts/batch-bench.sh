#!/usr/bin/env bash
# batch-bench.sh: apps per second, peak memory, --jobs speedup and the
# cost of --isolate for `apkscan scan DIR...` over the shared corpus.
#
#   scripts/batch-bench.sh [RUNS]     (default 2 runs of each configuration)
#
# Needs ../shared (corpus/apk, corpus/browsers, corpus/aab, droidbench) and
# GNU time at /usr/bin/time. The machine may be shared: look at the load
# average printed first, and compare runs.
#
# "2proc" is the machine's own scaling for this work, for reference: two
# --jobs 1 processes, side by side, each given half of the apps (split by
# size, largest first). Nothing is shared between them, so what they lose
# against one process doing all the apps is lost outside apkscan.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-2}
shared=../shared
dirs=("$shared/corpus/apk" "$shared/corpus/browsers" "$shared/corpus/aab" "$shared/droidbench")
for d in "${dirs[@]}"; do [ -d "$d" ] || { echo "missing $d" >&2; exit 1; }; done
bin=$(mktemp -d)/apkscan
go build $(./scripts/gotags.sh) -o "$bin" ./cmd/apkscan
apps=$({ "$bin" scan -f jsonl --fail-on none -j 2 "${dirs[@]}" 2>/dev/null || true; } | wc -l)
echo "corpus: $apps apps; nproc $(nproc); load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %3s %8s %9s %8s %6s %10s\n' config run seconds apps/s cpu_s cores peakRSS_MB

report() { # name run seconds cpu_seconds peakRSS_MB: one table row, and the time for the summary
	printf '%-22s %3d %8.2f %9.1f %8.2f %6.2f %10d\n' "$1" "$2" "$3" "$(echo "$apps / $3" | bc -l)" \
		"$4" "$(echo "$4 / $3" | bc -l)" "$5"
	echo "$1 $3 $2" >>"$results"
}
cpu_of() { awk -F': ' '/(User|System) time \(seconds\)/ {s+=$2} END {print s}' "$@"; }
measure() { # name run args...
	local name=$1 run=$2; shift 2
	local log; log=$(mktemp)
	/usr/bin/time -v "$bin" scan -f jsonl --fail-on none "$@" "${dirs[@]}" >/dev/null 2>"$log" || true
	report "$name" "$run" \
		"$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")" \
		"$(cpu_of "$log")" "$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$log")"
	rm -f "$log"
}
# halves of the apps for 2proc, balanced by file size
half1=$(mktemp) half2=$(mktemp)
find "${dirs[@]}" -type f \( -name '*.apk' -o -name '*.aab' -o -name '*.apks' -o -name '*.xapk' -o -name '*.apkm' \) -printf '%s %p\n' |
	sort -rn | awk -v a="$half1" -v b="$half2" '{ if (x <= y) { print $2 > a; x += $1 } else { print $2 > b; y += $1 } }'
measure2() { # run: two --jobs 1 processes side by side
	local l1 l2 start end
	l1=$(mktemp) l2=$(mktemp)
	start=$(date +%s.%N)
	/usr/bin/time -v "$bin" scan -f jsonl --fail-on none -j 1 --from-file "$half1" >/dev/null 2>"$l1" &
	/usr/bin/time -v "$bin" scan -f jsonl --fail-on none -j 1 --from-file "$half2" >/dev/null 2>"$l2" || true
	wait || true
	end=$(date +%s.%N)
	report "2proc" "$1" "$(echo "$end - $start" | bc -l)" "$(cpu_of "$l1" "$l2")" \
		"$(awk -F': ' '/Maximum resident set size/ {s+=int($2/1024)} END {print s}' "$l1" "$l2")"
	rm -f "$l1" "$l2"
}
results=$(mktemp)
for r in $(seq "$runs"); do
	measure "jobs1" "$r" -j 1
	measure "jobs2" "$r" -j 2
	measure "jobs2-isolate" "$r" -j 2 --isolate
	measure2 "$r"
done
best() { awk -v k="$1" '$1==k {if (m=="" || $2<m) m=$2} END {print m}' "$results"; }
j1=$(best jobs1) j2=$(best jobs2) ji=$(best jobs2-isolate) jp=$(best 2proc)
echo "best of $runs: jobs1 ${j1}s, jobs2 ${j2}s, jobs2 --isolate ${ji}s, 2proc ${jp}s"
echo "machine scaling (2proc/jobs1): $(echo "$j1 / $jp" | bc -l | cut -c1-4)x; jobs2 against 2proc: $(echo "$jp / $j2" | bc -l | cut -c1-4)x"
echo "speedup jobs2/jobs1: $(echo "$j1 / $j2" | bc -l | cut -c1-4)x (target >= 1.7x on 2 cores)"
echo "  run for run: $(awk -v n="$runs" '$1=="jobs1" {a[$3]=$2} $1=="jobs2" {b[$3]=$2} END {for (r = 1; r <= n; r++) if ((r in a) && (r in b)) printf "%.2f ", a[r]/b[r]}' "$results")"
echo "isolate overhead:    $(echo "($ji / $j2 - 1) * 100" | bc -l | cut -c1-5)% (target < 20%)"
echo "(peak RSS is GNU time's: with --isolate the largest child's, the parent's own being ~25 MB; 2proc's is the sum of both)"
rm -f "$half1" "$half2"
