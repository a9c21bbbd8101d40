#!/usr/bin/env bash
# gotags.sh: print the go build flags for this machine: "-tags libdeflate" when
# cgo is on and libdeflate's headers are installed (Debian: libdeflate-dev),
# nothing otherwise (the pure-Go inflater is used then).
if [ "$(${GO:-go} env CGO_ENABLED)" = 1 ] && pkg-config --exists libdeflate 2>/dev/null; then
  echo "-tags libdeflate"
fi
