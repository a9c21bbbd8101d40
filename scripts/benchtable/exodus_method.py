#!/usr/bin/env python3
"""Time Exodus's static tracker analysis on APKs, as exodus-core runs it.

exodus-core (exodus_core/analysis/static_analysis.py, StaticAnalysis):
  get_embedded_classes   extracts every zip entry matching `classes.*\\.dex`
                         into a temporary directory, then runs the shell
                         pipeline  dexdump DIR/classes*.dex
                                   | perl -n -e'/[A-Z]+((?:\\w+\\/)+\\w+)/ && print "$1\\n"'
                                   | sort | uniq
  detect_trackers_in_list  for every tracker whose code signature is longer
                         than 3 characters, re.search()es the signature over
                         the class list until one matches.

This script re-implements those two steps (it does not copy exodus-core) and
reports, per APK, the median wall time of both together. Left out, in
Exodus's favour: androguard's parse of the APK that StaticAnalysis's
constructor runs, fetching the tracker list, and compiling the signatures.

usage: exodus_method.py TRACKERS.json RUNS APK...
prints one line per APK: "<seconds> <classes> <trackers> <path>".
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

CLASS_ENTRY = re.compile(r"classes.*\.dex")
PIPELINE = "%s %s/classes*.dex | perl -n -e'/[A-Z]+((?:\\w+\\/)+\\w+)/ && print \"$1\\n\"'|sort|uniq"


def embedded_classes(apk, dexdump):
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(apk) as z:
            for info in z.infolist():
                if CLASS_ENTRY.search(info.filename):
                    z.extract(info, tmp)
        out = subprocess.run(PIPELINE % (dexdump, tmp), shell=True, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, universal_newlines=True)
        return out.stdout.splitlines()


def detect(signatures, classes):
    found = []
    for sig in signatures:
        for c in classes:
            if sig.search(c):
                found.append(sig)
                break
    return found


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf8") as f:
        trackers = json.load(f)["trackers"]
    signatures = [re.compile(t["code_signature"]) for t in trackers.values()
                  if len(t["code_signature"]) > 3]
    runs = int(sys.argv[2])
    dexdump = shutil.which("dexdump")
    if dexdump is None:
        sys.exit("exodus_method.py: dexdump not found")
    for apk in sys.argv[3:]:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            classes = embedded_classes(apk, dexdump)
            found = detect(signatures, classes)
            times.append(time.perf_counter() - start)
        print("%.6f %d %d %s" % (statistics.median(times), len(classes), len(found), os.path.abspath(apk)))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
