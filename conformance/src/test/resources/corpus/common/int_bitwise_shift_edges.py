# Bitwise operators and shifts of ints near the edges of a machine word, in a loop hot
# enough to be compiled: results past 64 bits, negative operands, shift counts of 0..70
# and beyond, negative counts (ValueError), the in-place forms, and bools mixed in.
from __future__ import print_function
import sys

values = [0, 1, -1, 2, -2, 255, -256, 2 ** 31 - 1, -2 ** 31, 2 ** 62, -2 ** 62, 2 ** 63 - 1, -2 ** 63,
          2 ** 64, -2 ** 64 - 3, 0x5555555555555555, -0x5555555555555555]
counts = [0, 1, 7, 31, 32, 61, 62, 63, 64, 65, 70, 200]


def digest(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + x) % (2 ** 61 - 1)
    return h


def run(rounds):
    out = []
    for _ in range(rounds):
        out = []
        for a in values:
            for b in values:
                out.append(a & b)
                out.append(a | b)
                out.append(a ^ b)
            for c in counts:
                out.append(a << c)
                out.append(a >> c)
    return out


first = run(1)
hot = run(300)
print(len(first), first == hot, digest(hot))
print([(-1) << c for c in (62, 63, 64)], [1 << c for c in (61, 62, 63, 64)])
print([(-2 ** 63) >> c for c in (0, 1, 63, 64, 1000)], [(2 ** 63 - 1) >> 62])
print(3 << 61, -3 << 61, 2 ** 61 << 1, -(2 ** 61) << 2)
print(0 << 10 ** 6, 5 >> 10 ** 6, -5 >> 10 ** 6)
print(True & 3, True | 2, False ^ True, True << 3, True >> 1)
x = 6
x &= 3
y = 6
y |= 9
z = 6
z ^= 5
w = 3
w <<= 62
v = -40
v >>= 3
print(x, y, z, w, v, type(w).__name__)
for a, c in ((1, -1), (0, -1), (2 ** 70, -3)):
    for f in (lambda: a << c, lambda: a >> c):
        try:
            print(f())
        except ValueError as e:
            print("ValueError", e)
if sys.version_info[0] == 2:
    print(type(sys.maxint << 1).__name__, type(1 << 62).__name__, type(1 << 63).__name__, type(-1 << 63).__name__)
    print(type(sys.maxint & 3).__name__, type(long(8) >> 1).__name__, type(long(8) & 1).__name__)
