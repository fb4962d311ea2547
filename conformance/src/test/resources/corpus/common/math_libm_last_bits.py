# math.cosh, sinh, log10 (and 3.x log2) to the last bit CPython's C library gives: cosh and sinh through
# exp/expm1, log10 through log of the mantissa plus the exponent's share, log2 in double-double.
# Printed with repr, so every bit shows; cmath.cosh/sinh use the same real functions.
from __future__ import print_function
import cmath
import math
import sys

points = [0.1 * i for i in range(-45, 46, 3)] + [1.0, 2.1, 3.9000000000000004, 10.0, 21.5, 30.0, 700.5, -710.0, 1e-9]
for x in points:
    print(repr(x), repr(math.cosh(x)), repr(math.sinh(x)))
for x in [0.6000000000000001, 1.1, 1.2000000000000002, 1.3, 1.6, 3.8000000000000003, 3.9000000000000004, 700.5,
          1e-300, 5e-324, 1e300, 2.0 ** 70, 1000.0, 0.001, 7.1693691809735896, 123.456]:
    print(repr(x), repr(math.log10(x)), repr(math.log(x, 10)))
if sys.version_info[0] > 2:
    for x in [0.30000000000000004, 0.6000000000000001, 0.9, 1.6, 3.0, 3.4000000000000004, 3.7, 5.0, 10.0, 1e-310, 2.0 ** -1074, 0.75, 1e100]:
        print(repr(x), repr(math.log2(x)))
for z in [complex(1, 2), complex(-0.5, 0.25), complex(3, -1)]:
    print(cmath.cosh(z), cmath.sinh(z))
for bad in [math.cosh, math.sinh]:
    try:
        bad(1000.0)
    except OverflowError as e:
        print(bad.__name__, "OverflowError", e)
for bad in [0.0, -1.0]:
    try:
        math.log10(bad)
    except ValueError as e:
        print("log10", bad, e)
print(math.log10(float("inf")), math.cosh(float("-inf")), math.sinh(float("-inf")), math.sinh(-0.0), math.cosh(0.0))
