# atan, atan2, asin, acos and hypot to the last bit: glibc rounds these correctly but for rare arguments
# (Java's Math differs for 6-23% of them); hypot is glibc's own algorithm in 2.7/3.6 and CPython's
# correctly rounded one from 3.8; special values and overflow as C99 and each version give them
from __future__ import print_function
import math

inf = float('inf')
nan = float('nan')
specials = [0.0, -0.0, 5e-324, 1e-300, 1e-10, 0.5, 1.0, -1.0, 2.0, 1e10, 1e300, 1.7976931348623157e308, inf, -inf, nan]


def show(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except (ValueError, OverflowError) as e:
        print(f.__name__, a, type(e).__name__, e)


for v in specials:
    show(math.atan, v)
    show(math.asin, v)
    show(math.acos, v)
for y in specials:
    for x in specials:
        show(math.atan2, y, x)
        show(math.hypot, y, x)
# (asin(1/45) is 0.4996 ulp from a midpoint: glibc rounds it the other way, left out)
grid = [i / 7.0 for i in range(-21, 22)] + [1.0 / i for i in range(3, 40, 4) if i != 15] + [i * 0.37 for i in range(1, 30)]
print([math.atan(v) for v in grid])
print([math.atan2(v, 0.75) for v in grid])
print([math.atan2(1.25, v) for v in grid])
print([math.asin(v / 3.0) for v in grid if abs(v) <= 3])
print([math.acos(v / 3.0) for v in grid if abs(v) <= 3])
print([math.hypot(v, 0.3) for v in grid])
print([math.hypot(v, v / 3.0) for v in grid])
print([math.hypot(v * 1e-160, 2e-160) for v in grid])
print([math.hypot(v * 1e160, 3e160) for v in grid])
print(math.degrees(math.atan2(1, 1)), math.degrees(math.asin(0.5)), math.degrees(math.acos(-0.5)), math.hypot(3, 4))
