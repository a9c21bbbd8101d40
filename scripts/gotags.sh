#!/usr/bin/env bash
# gotags.sh: print the go build flags that select the DEFLATE implementation.
# The default build is pure Go (our scanner/read/apk/internal/pinflate): a static
# binary that `go install` builds anywhere. With LIBDEFLATE=1, and when cgo
# is on and libdeflate's headers are installed (Debian: libdeflate-dev), it
# prints "-tags libdeflate": entries then inflate about 2x faster on one
# core (pinflate splits a large entry across two cores; libdeflate does
# not), for a binary linked against libdeflate.so. `--version` names the
# inflater in use.
if [ "${LIBDEFLATE:-0}" = 1 ]; then
  if [ "$(${GO:-go} env CGO_ENABLED)" = 1 ] && pkg-config --exists libdeflate 2>/dev/null; then
    echo "-tags libdeflate"
  else
    echo "gotags: LIBDEFLATE=1 but cgo is off or libdeflate-dev is missing; building pure Go" >&2
  fi
fi
