# random.seed() of something that is not an int seeds from its hash read as an unsigned C integer, so
# a negative hash gives the same stream as 2**64 + hash (floats; before 3.11 any hashable object, 2.7
# str seeds too); ints seed by their absolute value. Only the first number of each stream is printed.
from __future__ import print_function
import random
import sys


class Keyed(object):
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


def first(seed):
    random.seed(seed)
    return round(random.random(), 12)


if sys.version_info < (3, 11):  # 3.11 takes only None, int, float, str, bytes and bytearray
    for h in (5, -5, -123456789, 2 ** 40, -(2 ** 62)):
        print(h, first(Keyed(h)), first(Keyed(h)) == first(h % 2 ** 64))
    r = random.Random(Keyed(-7))
    print(round(r.random(), 12), r.randint(1, 100), r.choice("abcdef"))
for n in (-5, 5, 0, 2 ** 70, -(2 ** 70)):
    print(n, first(n))
for f in (2.5, -2.5, -1e10, 0.1, -0.1):
    print(f, first(f), first(f) == first(hash(f) % 2 ** 64))
r = random.Random(-3.75)
print(round(r.random(), 12), r.randint(1, 100), r.choice("abcdef"))
