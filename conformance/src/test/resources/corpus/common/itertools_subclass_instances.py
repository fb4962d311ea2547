# A program's subclass of a builtin iterator type (itertools' types, enumerate, reversed) makes instances of
# that class: its methods, its attributes, isinstance, its own __next__ first; 3.7+ reprs of count and repeat
# name the subclass (bpo-27541), before they named the base.
from __future__ import print_function
import itertools

CHAIN_NEXT = getattr(itertools.chain, '__next__', None) or getattr(itertools.chain, 'next', None)


class Counter2(itertools.count):
    def twice(self):
        return next(self) * 2


class Peekable(itertools.chain):
    def __init__(self, *iterables):
        self.seen = 0

    def __next__(self):
        self.seen += 1
        return CHAIN_NEXT(self)
    next = __next__


class Numbered(enumerate):
    def label(self):
        i, x = next(self)
        return '%d:%s' % (i, x)


c = Counter2(5, 2)
print(type(c).__name__, isinstance(c, Counter2), isinstance(c, itertools.count))
print(c.twice(), next(c), repr(c))
c.note = 'kept'
print(c.note, sorted(vars(c)))
r = type('R', (itertools.repeat,), {})('x', 3)
print(type(r).__name__, repr(r), list(r), repr(r))
p = Peekable('ab', [1, 2])
print(p.seen, list(p), p.seen)
print(iter(p) is p)
n = Numbered('xyz', 1)
print(n.label(), list(n))
s = type('S', (itertools.islice,), {'extra': 7})('abcdef', 1, None, 2)
print(s.extra, list(s), type(s).__mro__[1].__name__)
z = type('Z', (zip,) if hasattr(__builtins__, 'zip') and isinstance(zip, type) else (enumerate,), {})('ab', 'cd')
print(type(z).__name__, len(list(z)))
g = [k for k, _ in type('G', (itertools.groupby,), {})('aabccc')]
print(g)
print(sum(Counter2.__mro__[0] is Counter2 for _ in range(2)), [x for x in itertools.islice(Counter2(), 3)])
