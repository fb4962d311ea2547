# Reads numbers and commands from stdin with sys.stdin.readline / iteration; prints running stats.
from __future__ import print_function
import sys
header = sys.stdin.readline()
print("header:", repr(header.rstrip("\n")))
total = 0
count = 0
errors = []
rows = []
while True:
    raw = sys.stdin.readline()
    if not raw:
        break
    line = raw.strip()
    if not line or line.startswith("#"):
        print("skip", repr(line))
        continue
    if line == "END":
        print("end marker")
        break
    parts = line.split()
    for p in parts:
        try:
            n = int(p)
        except ValueError:
            try:
                n = float(p)
            except ValueError:
                errors.append(p)
                continue
        total += n
        count += 1
    rows.append(len(parts))
    print("row", len(rows), "fields", len(parts), "running total", total)
print("count", count, "total", total)
print("mean %.3f" % (float(total) / count))
print("errors", errors, "rows", rows)
rest = sys.stdin.read()
print("after END:", repr(rest))
print("eof readline:", repr(sys.stdin.readline()))
