# Protocol methods called by name: a generator's __iter__ is itself, list and range have __reversed__,
# numbers have __trunc__ and __bool__ (2.7: __nonzero__); a subclass's value answers for it.
from __future__ import print_function
import sys


def gen():
    yield 1
    yield 2


g = gen()
print(g.__iter__() is g, iter(g) is g, list(g.__iter__()))
print(list([1, 2, 3].__reversed__()), list(range(5).__reversed__()), list(reversed(range(1, 10, 3))))
print(type([].__reversed__()).__name__, type(reversed([])).__name__)


class Meters(float):
    pass


class Count(int):
    def __bool__(self):
        return True

    __nonzero__ = __bool__


truth = "__nonzero__" if sys.version_info[0] == 2 else "__bool__"
for v in (7, -7, 0, 2.75, -2.75, 0.0, True, Meters(3.9), Count(0), 10 ** 20, 1e20):
    print(repr(v), repr(v.__trunc__()), getattr(v, truth)(), bool(v))
try:
    (5).__trunc__(1)
except TypeError as e:
    print("TypeError")
