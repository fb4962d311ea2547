# functools: partial, reduce, wraps, total_ordering, cmp_to_key.
from __future__ import print_function
import functools

def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(7), cube(3), square.keywords, square.func is power)
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(lambda a, b: a + b, [], 'init'))

def logged(fn):
    @functools.wraps(fn)
    def inner(*args):
        return ('called', fn.__name__, fn(*args))
    return inner

@logged
def add(a, b):
    "Adds two things."
    return a + b
print(add(2, 3), add.__name__, add.__doc__)

@functools.total_ordering
class Version(object):
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(str(p) for p in self.parts)
vs = [Version(3, 11), Version(2, 7), Version(3, 6)]
print(sorted(vs), Version(2, 7) <= Version(3, 0), Version(3, 1) >= Version(3, 1), Version(1) > Version(0, 9))

def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
print(sorted(['bb', 'a', 'ccc', 'aa', 'c'], key=functools.cmp_to_key(by_length_then_reverse)))
