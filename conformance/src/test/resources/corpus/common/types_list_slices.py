from __future__ import print_function
L = list(range(10))
print(L[::2], L[1::3], L[::-1], L[8:2:-2], L[-3:], L[:-7:-1], L[100:], L[-100:2], L[5:1], L[::-4])
a = list(range(10))
a[2:5] = ['x']
print(a)
a[1:1] = [7, 8, 9]
print(a)
a[::3] = 'ABCD'[:len(a[::3])]
print(a)
a[-2:] = []
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
b = list(range(6))
b[5:1:-2] = [50, 30]
print(b)
for target, value in [(slice(None, None, 2), [1, 2]), (slice(0, 6, 3), [0, 0, 0]), (slice(None, None, -1), [])]:
    c = list(range(6))
    try:
        c[target] = value
        print('ok', c)
    except ValueError as e:
        print('ValueError', e)
c = list(range(5))
c[::1] = [9]
print(c)
c[3:1] = 'xy'
print(c)
try:
    c[::2] = 5
except TypeError as e:
    print('TypeError', e)
d = [3, 1, 2]
d[1:2] = d
print(d)
e = [1, 2, 3, 4]
e[::-1] = e
print(e)
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], (1, 'a') < (1, 'b'), [] < [0], (2,) == (2.0,), [1, [2, 3]] == [1, [2, 3]])
pairs = [(3, 'c'), (1, 'a'), (3, 'a'), (2, 'b'), (1, 'z'), (2, 'a')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: -p[0], reverse=True), sorted(['b', 'A', 'a', 'B'], key=str.lower))
f = [5, 3, 8]
f.extend(range(2))
f.insert(-1, 'i')
f.insert(100, 'end')
f.insert(-100, 'start')
print(f, f.index(8), f.count(3), f.pop(), f.pop(0), f.pop(-2), f)
try:
    f.index(8, 3)
except ValueError as e:
    print('ValueError', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    f.remove('q')
except ValueError as e:
    print('ValueError', e)
g = [1, 2, 3]
g *= 2
print(g, g * 0, [0] * -3, 2 * [None], g + [4], g.__len__())
g.reverse()
print(g, list(reversed(g)), g[::-1] == list(reversed(g)))
h = [[0] * 2] * 2
h[0][0] = 1
print(h, [x * y for x in range(3) for y in range(x)])
try:
    g[10] = 1
except IndexError as e:
    print('IndexError', e)
try:
    g['a']
except TypeError as e:
    print('TypeError', e)
print(g[-1], g[True], g[1:2:None], g.copy() if hasattr(g, 'copy') else g[:])
