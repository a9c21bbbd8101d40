#!/usr/bin/env bash
# build.sh rebuilds every samples/<case>.apk from samples/src/<case>/.
#
# Usage: bash samples/build.sh [case ...]     (no argument: all cases)
#
# Needs Debian's Android toolchain: smali (/usr/share/java/smali.jar), aapt,
# zipalign, apksigner and framework-res (android-framework-res). The APKs are
# committed, so tests never need this script.
#
# Per case, src/<case>/ may hold:
#   AndroidManifest.xml   text manifest (required)
#   smali/ smali2/ ...    one directory per dex: smali -> classes.dex, smaliN -> classesN.dex
#   shared                names of directories under src/_shared/ whose smali joins classes.dex
#   res/ assets/ lib/     passed to aapt as-is
#   fake-elf              lines "<abi>/<name>.so<TAB>string<TAB>string..." -> tiny ELF files under lib/
#
# Reproducibility: rebuilds are byte-identical (checked with sha256sum over
# repeated builds with this toolchain). Debian's aapt (v0.2-debian) stamps every zip
# entry 1980-01-01 00:00 whatever the file mtimes, apksigner's signatures carry
# no signing time, smali runs single-threaded (see assemble) and files are
# added in sorted order. Another aapt build may stamp real times; then only
# the zip timestamps and the signatures differ.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
src="$here/src"
smali_jar=/usr/share/java/smali.jar
framework=/usr/share/android-framework-res/framework-res.apk
# Test-only signing key, committed on purpose; never use it for anything real.
keystore="$here/keys/sample.jks"
keypass="apkscan-test-only"
keyalias="sample"
# Each tool is a short-lived JVM: skip the optimising JIT and the parallel GC.
jvm_fast=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

for tool in java aapt zipalign apksigner; do
	command -v "$tool" >/dev/null || { echo "build.sh: $tool not found" >&2; exit 1; }
done
[[ -f $smali_jar ]] || { echo "build.sh: $smali_jar not found (apt-get install smali)" >&2; exit 1; }
[[ -f $framework ]] || { echo "build.sh: $framework not found (apt-get install android-framework-res)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# fake_elf OUT STRING... writes a minimal little-endian ELF64 AArch64 shared-object
# header (no sections, no program headers) followed by NUL-terminated strings, so
# scanners see a plausible native library with printable strings.
fake_elf() {
	local out="$1"
	shift
	mkdir -p "$(dirname "$out")"
	{
		printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00' # e_ident
		printf '\x03\x00\xb7\x00\x01\x00\x00\x00'                         # ET_DYN, EM_AARCH64, EV_CURRENT
		printf '\x00%.0s' {1..24}                                         # e_entry, e_phoff, e_shoff
		printf '\x00\x00\x00\x00\x40\x00\x38\x00'                         # e_flags, e_ehsize, e_phentsize
		printf '\x00\x00\x40\x00\x00\x00\x00\x00'                         # e_phnum, e_shentsize, e_shnum, e_shstrndx
		local s
		for s in "$@"; do printf '%s\0' "$s"; done
	} >"$out"
}

# assemble DIR OUT.dex [EXTRA_DIR...] assembles smali sources into one dex.
assemble() {
	local dir="$1" out="$2"
	shift 2
	# smali happily writes an empty dex for an empty directory; a typo'd path
	# would then ship a sample without code.
	[[ -n $(find "$dir" "$@" -name '*.smali' -print -quit) ]] || { echo "build.sh: no .smali under $dir" >&2; exit 1; }
	# -j 1: with parallel parsing, smali 2.5.2 occasionally lays out the data
	# section in a different order (same classes, different bytes).
	java "${jvm_fast[@]}" -jar "$smali_jar" assemble -j 1 --api 21 -o "$out" "$dir" "$@"
}

build_case() {
	local name="$1" in="$src/$1" stage="$work/$1"
	[[ -f $in/AndroidManifest.xml ]] || { echo "build.sh: $in/AndroidManifest.xml missing" >&2; exit 1; }
	mkdir -p "$stage"
	cp "$in/AndroidManifest.xml" "$stage/"
	local d
	for d in res assets lib; do
		[[ -d $in/$d ]] && cp -r "$in/$d" "$stage/$d"
	done
	if [[ -f $in/fake-elf ]]; then
		local path rest
		while IFS=$'\t' read -r path rest; do
			[[ -z $path || $path == \#* ]] && continue
			IFS=$'\t' read -r -a strs <<<"$rest"
			fake_elf "$stage/lib/$path" "${strs[@]}"
		done <"$in/fake-elf"
	fi

	# classes.dex gets smali/ plus any shared SDK-shaped sources; smaliN/ -> classesN.dex.
	local extra=()
	if [[ -f $in/shared ]]; then
		local s
		while read -r s; do
			[[ -n $s ]] && extra+=("$src/_shared/$s")
		done <"$in/shared"
	fi
	assemble "$in/smali" "$stage/classes.dex" "${extra[@]}"
	local n
	for n in 2 3 4 5 6 7 8 9; do
		[[ -d $in/smali$n ]] && assemble "$in/smali$n" "$stage/classes$n.dex"
	done

	local args=(package -f -M "$stage/AndroidManifest.xml" -I "$framework")
	[[ -d $stage/res ]] && args+=(-S "$stage/res")
	[[ -d $stage/assets ]] && args+=(-A "$stage/assets")
	aapt "${args[@]}" -F "$stage/out.unaligned.apk" >/dev/null

	# aapt add stores the path as given, so add from inside the stage, in sorted order.
	local files=()
	mapfile -t files < <(cd "$stage" && { ls classes*.dex | sort -V; [[ -d lib ]] && find lib -type f | LC_ALL=C sort; } )
	(cd "$stage" && aapt add "out.unaligned.apk" "${files[@]}" >/dev/null)

	zipalign -f 4 "$stage/out.unaligned.apk" "$stage/out.aligned.apk"
	apksigner -JXX:TieredStopAtLevel=1 -JXX:+UseSerialGC sign --ks "$keystore" --ks-pass "pass:$keypass" --key-pass "pass:$keypass" \
		--ks-key-alias "$keyalias" --out "$here/$name.apk" "$stage/out.aligned.apk"
	rm -f "$here/$name.apk.idsig"
	echo "built $name.apk"
}

cases=("$@")
if [[ ${#cases[@]} -eq 0 ]]; then
	for d in "$src"/*/; do
		d="$(basename "$d")"
		[[ $d == _* ]] || cases+=("$d")
	done
fi
# Cases are independent: build them in parallel (each in its own stage dir),
# then fail if any failed. Output order varies; the APK bytes do not.
pids=()
for c in "${cases[@]}"; do
	build_case "$c" &
	pids+=("$!")
done
status=0
for p in "${pids[@]}"; do
	wait "$p" || status=1
done
exit "$status"
