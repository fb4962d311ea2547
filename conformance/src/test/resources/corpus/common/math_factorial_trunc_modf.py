# math.factorial's argument rules per version (floats before 3.10, C long range, the words of each
# error), a large factorial quickly, trunc of a value without __trunc__, modf's signed fraction,
# degrees/radians overflowing to inf without a range error
from __future__ import print_function
import math


def attempt(f, *a):
    shown = tuple(type(x).__name__ if type(x).__name__ in ('OwnTrunc', 'NoTrunc') else x for x in a)
    try:
        print(f.__name__, shown, '->', repr(f(*a)))
    except Exception as e:
        print(f.__name__, shown, '!!', type(e).__name__, e)


for v in [0, 1, 5, 20, 21, True, -1, 2.0, 2.5, float('inf'), float('nan'), 1e308, 2 ** 64, -2 ** 64, 'x', None]:
    attempt(math.factorial, v)
print(math.factorial(20000).bit_length(), math.factorial(3000) % 1000003)


class NoTrunc(object):
    def __float__(self):
        return 2.5


class OwnTrunc(object):
    def __trunc__(self):
        return 'own'


class F(float):
    pass


for v in [2.7, -2.7, 7, F(3.5), OwnTrunc(), NoTrunc(), 'x', None]:
    attempt(math.trunc, v)
for v in [-1, -2.5, 0.0, -0.0, 3, float('-inf'), 1e-308]:
    attempt(math.modf, v)
for v in [1e308, -1e308, 180]:
    attempt(math.degrees, v)
    attempt(math.radians, v)
