#!/usr/bin/env bash
# bench.sh: README's performance table. Every app of ../shared/corpus/{apk,browsers}:
# rules-only and full scans in process (median), a cold `apkscan scan` process
# (median of 5) with its peak RSS, and Exodus's tracker analysis as
# exodus-core runs it. Needs GNU time; the Exodus column needs python3, perl
# and dexdump (Debian packages; `make bench` installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus
if [ ! -d "$corpus/apk" ]; then echo "bench: $corpus not found; nothing to measure"; exit 0; fi
for tool in python3 perl dexdump; do
	command -v "$tool" >/dev/null || echo "bench: $tool not found: the Exodus-method column will say n/a (Debian: apt-get install python3 perl dexdump)"
done
bin=$(mktemp -d)/apkscan
go build $(./scripts/gotags.sh) -o "$bin" ./cmd/apkscan
echo "nproc $(nproc); load $(cut -d' ' -f1-3 /proc/loadavg); $(go version | cut -d' ' -f3)"
go run $(./scripts/gotags.sh) ./scripts/benchtable -bin "$bin" "$@" "$corpus"/apk/*.apk "$corpus"/browsers/*.apk
