#!/usr/bin/env bash
# Speed and memory of apkscan on every corpus APK, against the inflate floor.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus
if [ ! -d "$corpus/apk" ]; then echo "bench: $corpus not found; nothing to measure"; exit 0; fi
for tool in python3 perl dexdump; do
	command -v "$tool" >/dev/null || echo "bench: $tool not found: the Exodus-method column will say n/a (Debian: apt-get install python3 perl dexdump)"
done
go run $(./scripts/gotags.sh) ./scripts/benchtable -bin bin/apkscan "$corpus"/apk/*.apk "$corpus"/browsers/*.apk
