# Arithmetic and comparisons at the edges of compiled code's numeric shortcuts (long ints, exact
# floats, ints beside floats): overflow into big ints, -0.0, nan, inf, division by zero, bools,
# subclasses. Each operation runs in a function called many times, so it runs compiled too.
from __future__ import print_function
import sys


class MyInt(int):
    pass


class MyFloat(float):
    pass


def ops(a, b):
    out = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b):
        try:
            out.append(repr(f()))
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError")
        except OverflowError as e:
            out.append("OverflowError")
    return out


def direct(a, b):
    try:
        q = a / b
    except ZeroDivisionError:
        q = "zero"
    return (a + b, a - b, a * b, q, a < b, a <= b, a == b, a != b, a > b, a >= b)


big = 2 ** 62
values = [0, 1, -1, 7, -7, 3, big, -big, 2 ** 63 - 1, -2 ** 63, 2 ** 53, 2 ** 53 + 1, 10 ** 20,
          0.0, -0.0, 1.5, -2.5, 1e308, float("inf"), float("-inf"), True, False, MyInt(5), MyFloat(2.5)]

for round_ in range(3):
    lines = []
    for a in values:
        for b in values:
            lines.append("%r %r %s" % (a, b, direct(a, b)))
    if round_ == 2:
        for line in lines:
            print(line)

for a in (7, -7, 2 ** 63 - 1, 3.5, -0.0):
    for b in (2, -2, 0, 0.5):
        print(a, b, ops(a, b))

nan = float("nan")
for k in range(50):
    r = (nan < 1, nan == nan, nan != nan, 1 < nan, nan >= 0.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(r)


def accumulate(n):
    total = 0
    f = 0.0
    for i in range(n):
        total = total * 3 + i
        f = f * 0.5 + i / 3
    return total, f


print(accumulate(60))
print(accumulate(200)[0] % 1000003)
print(type(True + True).__name__, type(MyInt(2) + 1).__name__, type(MyFloat(1.0) * 2).__name__)
