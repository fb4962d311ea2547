from __future__ import print_function
import sys
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(repr(a)))
d = {'k': 1}
d['self'] = d
print(d)
t = (a, d)
print(t)
class R(object):
    def __repr__(self):
        return 'R<%r>' % (self.items,)
r = R()
r.items = [r] if False else [1]
print(r, [r, r])
nested = [[[[]]]]
print(nested, [(), ((),), [()]], {(): [], (1,): {}})
s = set()
fs = frozenset([frozenset([1]), frozenset()])
print(sorted(fs, key=len), repr(frozenset()), set([()]), {frozenset(): 1})
x = [1]
y = [1]
x.append(y)
y.append(x)
try:
    print(x == y)
except RuntimeError as e:
    print('RuntimeError', str(e)[:40])
print(a == a, [a] == [a], a is a[2])
l = [3, 1, 2]
try:
    l.sort(key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, l)
if sys.version_info >= (3,):
    try:
        sorted([1, 'a', 2])
    except TypeError as e:
        print('TypeError', e)
    try:
        [1, 2] < [1, 'a']
    except TypeError as e:
        print('TypeError', e)
    try:
        max([1, None])
    except TypeError as e:
        print('TypeError', e)
    print([1, 2] < [1, 'a'] if False else 'skip', (1, 'a') < (2, 1), [1, 'a'] == [1, 2])
else:
    print(sorted([1, 'a', 2, None, (1,), [1], 2.5, {}]), [1, 2] < [1, 'a'], max([1, None]), None < 0, {} < [])
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
try:
    ''.join([b'x'] if sys.version_info >= (3,) else [None])
except TypeError as e:
    print('TypeError', e)
try:
    b''.join(['x'] if sys.version_info >= (3,) else [1])
except TypeError as e:
    print('TypeError', e)
big = list(range(20))
print(big[::7], big[-1:-20:-6], big[3:-3:4], big[:100:50])
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m, [row[1] for row in m], list(zip(*m)), [list(c) for c in zip(*m)][1])
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')], key=lambda p: p[0]), sorted('hello world'.split(), key=len, reverse=True))
print(list(map(None, [1, 2], [3])) if sys.version_info < (3,) else [(1, 3), (2, None)])
