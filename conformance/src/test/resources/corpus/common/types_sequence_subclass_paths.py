from __future__ import print_function
import sys
class L(list):
    def __iter__(self):
        return iter(['it1', 'it2'])
class T(tuple):
    def __iter__(self):
        return iter(['t1', 't2'])
class G(list):
    def __getitem__(self, i):
        return 'g'
    def __len__(self):
        return 1
l = L(['a', 'b', 'c'])
t = T(('x', 'y', 'z'))
print(list(l), tuple(l), sorted(l), '-'.join(l), 'a' in l, 'it1' in l, len(l), l[0], l[:2], l + ['d'])
print(list(t), tuple(t), sorted(t), '-'.join(t), 'x' in t, 't1' in t, len(t), t[0], t[:2], t + ('w',))
def f(*args):
    return args
print(f(*l), f(*t), max(l), min(t), sum([[1]] and [], []), set(l), frozenset(t) == frozenset(['t1', 't2']), dict.fromkeys(l))
x, y = L([1, 2, 3]) if False else l[:2]
print(x, y)
try:
    p, q = l
    print('unpacked', p, q)
except ValueError as e:
    print('ValueError', e)
try:
    p, q = t
    print('unpacked', p, q)
except ValueError as e:
    print('ValueError', e)
e = []
e.extend(l)
e.extend(t)
e += l
print(e)
print([v for v in l], list(enumerate(t)), list(zip(l, t)), list(map(str.upper, l)), list(filter(None, t)), list(reversed(l)), any(l))
g = G([5, 6, 7])
print(list(g), g[0], len(g), '-'.join(map(str, g)), 5 in g, list(reversed(g)), sorted(g), g == [5, 6, 7], g[:], tuple(g))
print(l == ['a', 'b', 'c'], t == ('x', 'y', 'z'), repr(l), repr(t), str(l), l.index('b'), t.count('x'), l * 2)
s = set()
s.update(l)
s |= set(t)
print(sorted(s), sorted(set().union(l, t)), bytearray(b'').join([b'a']) if sys.version_info >= (3,) else '')
import itertools
print(list(itertools.chain(l, t)), list(itertools.islice(l, 1)), dict(zip(t, l)))
print('%s %s' % T(('A', 'B')), '{0} {1}'.format(*t), str.format('{}{}', *l))
