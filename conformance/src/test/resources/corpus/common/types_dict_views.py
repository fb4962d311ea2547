from __future__ import print_function
import sys
d = {}
print(d.setdefault('a', 1), d.setdefault('a', 2), d.setdefault('b'), d)
d.update({'c': 3}, d=4)
d.update([('e', 5), ['f', 6]])
d.update(g=7)
print(sorted(d.items()), len(d))
try:
    d.update([('x',)])
except ValueError as e:
    print('ValueError', e)
try:
    d.update(5)
except TypeError as e:
    print('TypeError', e)
print(sorted(dict.fromkeys('abc').items()), sorted(dict.fromkeys([1, 2], 'v').items()))
o = {}
for k in ['z', 'y', 'x', 'w']:
    o[k] = k.upper()
if sys.version_info >= (3,):
    print(o.popitem(), o.popitem(), o)
    print(list(o.keys()), list(o.values()), list(o.items()))
    k1 = {'a': 1, 'b': 2, 'c': 3}.keys()
    k2 = {'b': 0, 'c': 0, 'd': 0}.keys()
    print(sorted(k1 & k2), sorted(k1 | k2), sorted(k1 - k2), sorted(k1 ^ k2), k1 & {'a'}, sorted(k1 | ['z']))
    i1 = {'a': 1, 'b': 2}.items()
    print(sorted(i1 & {('a', 1), ('b', 3)}), ('a', 1) in i1, ('a', 2) in i1, 'a' in k1, k1.isdisjoint(['q']))
    print(k1 == {'a', 'b', 'c'}, k1 < {'a', 'b', 'c', 'd'}, len(k1), repr({'x': 1}.keys()), repr({'x': 1}.values()), repr({'x': 1}.items()))
    e = {'p': 1}
    v = e.keys()
    e['q'] = 2
    print(list(v), list(reversed(v)) if sys.version_info >= (3, 8) else ['q', 'p'])
else:
    print(sorted(o.keys()), sorted(o.values()), len(o.items()), o.has_key('z'))
print(d.get('zz'), d.get('zz', 0), d.pop('a'), d.pop('zz', 'dflt'), 'a' in d, len(d))
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError', e)
print(dict(a=1, b=2) == dict([('b', 2), ('a', 1)]), dict({1: 2}, x=3) == {1: 2, 'x': 3}, {1: 'a'} == {1.0: 'a'})
n = {1: 'int', 1.0: 'float', True: 'bool'}
print(n, len(n), {(1, 2): 'a', (1, 2.0): 'b'})
c = dict(zip('abc', range(3)))
c2 = c.copy()
c2['a'] = 100
print(sorted(c.items()), sorted(c2.items()), c == c2)
c.clear()
print(c, dict(), dict([]), dict(**{'k': 'v'}))
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    dict(1, 2)
except TypeError as e:
    print('TypeError', e)
x = {'b': 1, 'a': 2}
x['c'] = 0
del x['b']
x['b'] = 5
print(x, list(x), [k for k in x])
