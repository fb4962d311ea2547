from __future__ import print_function
import sys
PY3 = sys.version_info >= (3,)
r = range(3, 30, 4) if PY3 else xrange(3, 30, 4)
print(r, len(r), r[0], r[-1], list(r), 7 in r, 8 in r, r.index(11) if PY3 else 2, r.count(7) if PY3 else 1)
if PY3:
    print(r[1:4], r[::-1], r[::2], r[-2:], r[10:], range(10)[::-3], range(0, -10, -2)[1:3], range(5)[::-1][1])
    print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 2, 5), hash(range(0)) == hash(range(3, 3)))
    print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), repr(range(-3)), list(range(-3)), bool(range(0)), bool(range(1)))
    big = range(10**20, 10**20 + 50, 7)
    print(big[3], len(big), big.index(10**20 + 14), 10**20 + 1 in big, big[-1], list(reversed(range(10**20, 10**20 + 3))))
    try:
        len(range(10**20))
    except OverflowError as e:
        print('OverflowError', e)
    print(range(10**20)[-1], range(10**20)[5:10])
    for bad in [100, 'a', 2.0]:
        try:
            print(range(10).index(bad))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        range(1, 2, 0)
    except ValueError as e:
        print('ValueError', e)
    try:
        range(10)[20]
    except IndexError as e:
        print('IndexError', e)
    try:
        range(1.5)
    except TypeError as e:
        print('TypeError', e)
    print(r.start, r.stop, r.step, range(4).count(2.0), 2.0 in range(4), range(3)[True])
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), repr(slice('a', None, [1])))
for sl in [slice(None, None, -1), slice(-3, None), slice(2, 100, 3), slice(-100, -1, -1), slice(None, None, 2), slice(5, 2)]:
    print(sl, sl.indices(10), sl.indices(0), list(range(*sl.indices(7))))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print('ValueError', e)
for sl, n in [(slice(None), 10**12), (slice(-1, None), 10**12), (slice(None, None, -1), 2**40), (slice(10**15, None, 2), 10**12),
              (slice(-2**70, 2**70), 5), (slice(None, None, 2**70), 10), (slice(2**70, -2**70, -1), 4), (slice(None), True),
              (slice(None), 2**63 - 1), (slice(-2**63, None, -1), 3), (slice(None, None, -2**63), 5), (slice(None), 2.0), (slice('a'), 3)]:
    try:
        print(sl, sl.indices(n))
    except (TypeError, ValueError, OverflowError) as e:
        print(sl, type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2, 3) != slice(1, 2))
print('abcdefg'[slice(1, None, 2)], (1, 2, 3, 4)[slice(None, None, -2)], [0, 1, 2][slice(1)])

class Seq(object):
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

class Rev(object):
    def __reversed__(self):
        return iter('zyx')

print(list(reversed(Seq())), list(reversed(Rev())), list(Seq()), 20 in Seq(), list(reversed([1, 2, 3])), list(reversed((1, 2))), ''.join(reversed('abc')))
for bad in [iter([1]), 5, set([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print('TypeError', e)
class NoLen(object):
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print('TypeError', e)
rv = reversed([1, 2, 3])
print(next(rv), list(rv), list(rv), rv.__length_hint__() if hasattr(rv, '__length_hint__') else 0)
