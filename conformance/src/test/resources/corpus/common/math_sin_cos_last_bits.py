# math.sin and math.cos to the last bit, as glibc computes them (the IBM Accurate Mathematical Library's
# table of sin and cos at multiples of 1/128, fused multiply-adds on x86-64): Java's Math.sin and Math.cos
# differed in the last place for about 1 argument in 700. Arguments from a fixed generator in each of the
# routines' ranges (below 0.126, below 0.855469, below 2.426265, reduced by pi/2 up to 1e8), whole degrees,
# and multiples of pi; eight sin/cos pairs per line as hex.
from __future__ import print_function
import math

seed = 77
pairs = []
for i in range(1200):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    kind = i % 6
    if kind == 0:
        x = ((seed % 252001) - 126000) * 1e-6            # |x| < 0.126
    elif kind == 1:
        x = ((seed % 1711) - 855) / 1000.0              # |x| < 0.855
    elif kind == 2:
        x = 0.86 + (seed % 156001) / 100000.0            # [0.86, 2.42]
    elif kind == 3:
        x = ((seed % 2000001) - 1000000) / 997.0         # |x| < 1003
    elif kind == 4:
        x = ((seed % 200000001) - 100000000) * 0.999     # |x| < 1e8
    else:
        x = math.radians(seed % 720 - 360)
    pairs.append('%s/%s' % (math.sin(x).hex()[-6:], math.cos(x).hex()[-6:]))
for i in range(0, len(pairs), 8):
    print(' '.join(pairs[i:i + 8]))
print([math.sin(k * math.pi / 4) for k in range(9)])
print([math.cos(k * math.pi / 6) for k in range(7)], math.sin(1e-30), math.cos(1e-30), math.sin(-0.0))
