# operator.index is PyNumber_Index (from _operator): a TypeError for a value without __index__, which
# random.randrange relies on to turn a float into its "non-integer arg" ValueError; from 3.10 the
# answer is an exact int
import operator
import random


class I:
    def __index__(self):
        return 7


class Bad:
    def __index__(self):
        return 'x'


class Sub(int):
    pass


for v in [5, True, Sub(3), I(), Bad(), 1.5, 'a', None, 2 ** 80]:
    try:
        r = operator.index(v)
        print(repr(r), type(r).__name__)
    except TypeError as e:
        print('TypeError', e)
print([1, 2, 3][operator.index(I()) - 6], random.Random(1).randrange(I()))
for args in [(1.5,), (0, 2.5), (10.0,)]:
    try:
        print(random.Random(2).randrange(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
