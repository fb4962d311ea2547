# set.update / difference_update and the set constructors take an iterable one item at a time: items before
# an exception the iterable raises are already added (or discarded), as in CPython; sets, dicts, lists,
# strings and generators as arguments; several arguments at once.
from __future__ import print_function


def g(*items):
    for x in items:
        yield x
    raise ValueError('stopped after %d' % len(items))


s = {1}
try:
    s.update(g(2, 3))
except ValueError as e:
    print('update', sorted(s), e)
t = {1, 2, 3, 4}
try:
    t.difference_update(g(2, 3))
except ValueError as e:
    print('difference_update', sorted(t), e)
u = {2, 3, 9}
try:
    u.intersection_update(g(2, 3))
except ValueError as e:
    print('intersection_update', sorted(u), e)
v = {1, 2}
try:
    v.symmetric_difference_update(g(2, 3))
except ValueError as e:
    print('symmetric_difference_update', sorted(v), e)
w = set()
try:
    w |= set(g(5))
except ValueError as e:
    print('or', sorted(w), e)
x = {0}
x.update([1, 2], (3,), 'ab', {4: 'four'}, {5}, frozenset([6]), (i * i for i in range(3)))
print(sorted(x, key=repr))
y = set(range(10))
y.difference_update([1, 2], (n for n in range(8) if n % 2))
print(sorted(y))
print(sorted(set(i % 7 for i in range(100))), sorted(frozenset(c for c in 'hello')))
try:
    set([1, [2], 3])
except TypeError as e:
    print('unhashable', e)
z = {1}
try:
    z.update([2, [3], 4])
except TypeError as e:
    print('partial', sorted(z), e)
