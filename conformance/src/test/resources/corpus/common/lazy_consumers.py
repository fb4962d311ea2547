# Builtins that consume an iterable take one item at a time: any/all stop at the first answer, extend and
# += keep what came before an exception, dict.update keeps the pairs before one, zip takes no item more
# than it needs, next() on an endless generator expression returns.
from __future__ import print_function
import itertools

seen = []


def g(n):
    for i in range(n):
        seen.append(i)
        yield i


def bad(*items):
    for x in items:
        yield x
    raise ValueError('after %d' % len(items))


print(any(x > 2 for x in g(10)), seen)
del seen[:]
print(all(x < 2 for x in g(10)), seen)
del seen[:]
l = [0]
try:
    l.extend(bad(1, 2))
except ValueError as e:
    print('extend', l, e)
m = [0]
try:
    m += bad(3, 4, 5)
except ValueError as e:
    print('+=', m, e)
n = [1, 2]
n.extend(n)
n += n
n.extend((7, 8))
n.extend(iter([9]))
n.extend(x for x in 'ab')
print(n)
d = {}


def pairs():
    yield ('a', 1)
    yield ['b', 2]
    raise ValueError('pairs')


try:
    d.update(pairs())
except ValueError as e:
    print('dict.update', sorted(d.items()), e)
print(next(x for x in itertools.count() if x > 5))
print(sum(x for x in g(4)), min(g(3)), max(g(3)), sorted(g(3)))
it = g(10)
print(list(zip(it, 'ab')), next(it))
del seen[:]
print([x for x in g(3)], seen)
