#!/usr/bin/env bash
# batch-bench.sh: apps per second, peak memory, --jobs speedup and the
# cost of --isolate for `apkscan scan DIR...` over the shared corpus.
#
#   scripts/batch-bench.sh [RUNS]     (default 2 runs of each configuration)
#
# Needs ../shared (corpus/apk, corpus/browsers, corpus/aab, droidbench) and
# GNU time at /usr/bin/time. The machine may be shared: look at the load
# average printed first, and compare runs.
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
printf '%-22s %3s %8s %9s %10s\n' config run seconds apps/s peakRSS_MB

measure() { # name run args...
	local name=$1 run=$2; shift 2
	local log; log=$(mktemp)
	/usr/bin/time -v "$bin" scan -f jsonl --fail-on none "$@" "${dirs[@]}" >/dev/null 2>"$log" || true
	local secs rss
	secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
	rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$log")
	printf '%-22s %3d %8.2f %9.1f %10d\n' "$name" "$run" "$secs" "$(echo "$apps / $secs" | bc -l)" "$rss"
	echo "$name $secs" >>"$results"
	rm -f "$log"
}
results=$(mktemp)
for r in $(seq "$runs"); do
	measure "jobs1" "$r" -j 1
	measure "jobs2" "$r" -j 2
	measure "jobs2-isolate" "$r" -j 2 --isolate
done
best() { awk -v k="$1" '$1==k {if (m=="" || $2<m) m=$2} END {print m}' "$results"; }
j1=$(best jobs1) j2=$(best jobs2) ji=$(best jobs2-isolate)
echo "best of $runs: jobs1 ${j1}s, jobs2 ${j2}s, jobs2 --isolate ${ji}s"
echo "speedup jobs2/jobs1: $(echo "$j1 / $j2" | bc -l | cut -c1-4)x (target >= 1.7x on 2 cores)"
echo "isolate overhead:    $(echo "($ji / $j2 - 1) * 100" | bc -l | cut -c1-5)% (target < 20%)"
echo "(peak RSS with --isolate is the parent's; each child's is bounded by --memory-limit)"
