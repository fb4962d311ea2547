# Reads stdin line by line with readline() until EOF and evaluates simple sums.
import sys

total = 0
count = 0
while True:
    line = sys.stdin.readline()
    if not line:
        break
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    parts = line.split("+")
    value = sum(int(p) for p in parts)
    count += 1
    total += value
    print("%s = %d" % (" + ".join(p.strip() for p in parts), value))
print("%d expressions, total %d" % (count, total))
