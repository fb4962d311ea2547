# Calls of methods bound to their object (obj.method(x): 2.7 and 3.6 make a bound method, then call it),
# hot enough to be compiled: self in place, defaults, *args, classmethods, staticmethods, closures and
# cells inside methods, generators, exceptions and their tracebacks, and the recursion limit through methods.
from __future__ import print_function
import sys


class Counter(object):
    scale = 3

    def __init__(self, start):
        self.n = start

    def inc(self, k):
        self.n += k
        return self.n

    def get(self):
        return self.n

    def pair(self, a, b):
        return (self.n, a, b)

    def three(self, a, b, c):
        return a + b + c + self.n

    def defaulted(self, a, b=10):
        return a + b

    def star(self, *xs):
        return len(xs)

    @classmethod
    def make(cls, v):
        return cls(v * cls.scale)

    @staticmethod
    def twice(v):
        return v * 2

    def adder(self, k):
        def add(x):
            return x + k + self.n
        return add

    def evens(self, n):
        for i in range(n):
            if i % 2 == 0:
                yield i

    def fail(self, v):
        if v > 2:
            raise ValueError('too big: %d' % v)
        return v

    def down(self, k):
        return self.down(k + 1)


class Sub(Counter):
    def get(self):
        return -Counter.get(self)


def work(c, s):
    total = 0
    for i in range(1500):
        total += c.inc(i & 3) + c.get() + s.get()
        total += c.pair(i, 1)[2] + c.three(1, 2, 3) + c.defaulted(1) + c.defaulted(1, 2) + c.star(1, 2, 3)
        total += Counter.make(i).n + c.twice(i) + c.adder(1)(2) + sum(c.evens(4))
        m = c.inc
        total += m(0)
        try:
            total += c.fail(i % 4)
        except ValueError as e:
            total += len(str(e))
    return total


c = Counter(0)
s = Sub(5)
total = work(c, s) + work(c, s)
print(total, c.n, s.n, Counter.make(2).n, isinstance(Sub.make(1), Sub))

try:
    c.fail(7)
except ValueError:
    tb = sys.exc_info()[2]
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

sys.setrecursionlimit(120)
try:
    c.down(0)
except RuntimeError as e:
    print(type(e).__name__, 'maximum recursion depth exceeded' in str(e))
