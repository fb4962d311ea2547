# float ** float and math.pow to the last bit, as glibc computes pow (Arm's method: log in double-double from
# a 128-entry table, then exp with the tail, fused multiply-adds on x86-64): Java's Math.pow differed in the
# last place for about 1 result in 700 here, glibc not being correctly rounded everywhere (10.0 ** 23).
# Bases and exponents from a fixed generator; eight results per line as hex.
from __future__ import print_function
import math

seed = 4242
out = []
for i in range(1600):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    kind = i % 5
    if kind == 0:
        x, y = (seed % 100000) / 10000.0, ((seed >> 7) % 20001 - 10000) / 1000.0
    elif kind == 1:
        x, y = 1 + (seed % 100000) / 100000.0, ((seed >> 5) % 1601 - 800) * 0.9973
    elif kind == 2:
        x, y = (seed % 1000003) / 7.0, [0.5, 1.5, 2.5, -0.5, 1 / 3.0, 0.25][seed % 6]
    elif kind == 3:
        x, y = -((seed % 10007) / 101.0), float((seed >> 9) % 61 - 30)
    else:
        x, y = 10.0, float(seed % 620 - 320)
    out.append(math.pow(x, y).hex()[-8:] if x > 0 else (x ** y).hex()[-8:])
for i in range(0, len(out), 8):
    print(' '.join(out[i:i + 8]))
print(10.0 ** 23, 10.0 ** 210, 1.1 ** 284, 2.0 ** 0.5, (-2.0) ** 3, 0.5 ** 1074, 0.5 ** 1075, (-8.0) ** -3)
