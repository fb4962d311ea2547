first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[x, [y, *ys]], w = [[10, [20, 30, 40]], 50]
print(x, y, ys, w)
for i, (k, v) in enumerate(sorted({'b': 2, 'a': 1}.items())):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,), 'xy']:
    print(a, b)
print(*[1, 2], *'ab', sep='-')
print([*range(3), *{'k': 1}, *(4,)], {**{'a': 1}, 'b': 2, **{'a': 3}}, {*'aba', 4})
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{'c': 7, 'z': 0}))
for bad in [lambda: f(), lambda: f(1), lambda: f(1, 2, c=3, a=4), lambda: f(1, c=1, **{'c': 2}), lambda: f(1, **{1: 2})]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
def g(x, y):
    return x - y
for bad in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, z=2), lambda: g(1, x=2), lambda: g(*5), lambda: g(**[1])]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
def h(*, key):
    return key
for bad in [lambda: h(1), lambda: h()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
def kw_only_default(a, *, b=1, c):
    return a + b + c
print(kw_only_default(1, c=2))
try:
    kw_only_default(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
for src in [[1, 2, 3], [1], 'abcd']:
    try:
        u, v = src
        print(u, v)
    except ValueError as e:
        print('ValueError:', e)
try:
    a, b, *c = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError:', e)
try:
    a, b = None
except TypeError as e:
    print('TypeError:', e)
def gen():
    yield 1
    yield 2
    yield 3
a, b, c = gen(); print(a + b + c)
try:
    a, b = gen()
except ValueError as e:
    print('ValueError:', e)
x = y = [0]
x.append(1); print(y, x is y)
a, b = b, a = 1, 2
print(a, b)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
d = {}
d['k'], d['j'] = 'v', 'w'
print(sorted(d.items()))
t = 1, 
print(t, len(t), (1,) * 3, ((),), tuple())
def ret_multi():
    return 1, [2, 3], {'x': 4}
n, (m, o), dct = ret_multi()
print(n, m, o, dct)
