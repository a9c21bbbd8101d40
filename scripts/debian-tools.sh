#!/usr/bin/env bash
# debian-tools.sh WHAT FILE:PACKAGE...: install from Debian each PACKAGE whose
# FILE is missing (FILE is a command, or an absolute path), when apt-get is
# there and we are root; otherwise say what will be missing. WHAT names what
# they are for, in the messages. `make tools` and `make bench` use it.
set -euo pipefail
what=$1
shift
missing=""
for p in "$@"; do
	f=${p%%:*}
	if [[ $f == /* ]]; then [ -e "$f" ] && continue; else command -v "$f" >/dev/null && continue; fi
	missing="$missing ${p#*:}"
done
[ -z "$missing" ] && exit 0
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
	echo "installing$missing from Debian ($what)"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
	echo "missing$missing and cannot apt-get: $what will be skipped or marked n/a"
fi
