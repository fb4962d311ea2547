# sys.stdin is its own iterator: next(sys.stdin) reads the first line (a count, as exercise programs read
# it), a for loop goes on from the next one, and next() at the end raises StopIteration. 2.7's file reads
# ahead for next(), so its readline() then refuses to mix iteration and reads.
from __future__ import print_function
import sys

count = int(next(sys.stdin))
print("count", count, "iter is itself:", iter(sys.stdin) is sys.stdin)
try:
    header = sys.stdin.readline()
except ValueError as e:
    header = "ValueError: %s" % e
print("header", repr(header))
rows = []
for line in sys.stdin:
    rows.append(line.rstrip("\n").split(","))
    if len(rows) == count:
        break
print("rows", rows)
rest = [line.strip() for line in sys.stdin]
print("rest", rest)
try:
    next(sys.stdin)
except StopIteration:
    print("StopIteration at the end")
print("read at the end", repr(sys.stdin.read()))
