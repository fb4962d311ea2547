from __future__ import print_function
s = 'abcdefghij'
l = list(range(10))
t = tuple(l)
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, -1), slice(8, 2, -2),
           slice(-1, -5, -1), slice(100, None), slice(None, 100, 3), slice(-100, 3), slice(5, 5), slice(7, 3),
           slice(None, None, 4), slice(1, -1, -1), slice(-2, None, -3)]:
    print(sl.start, sl.stop, sl.step, repr(s[sl]), l[sl], t[sl])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-10, 10).indices(6))
a = list(range(8))
a[1:3] = 'xyz'
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[5:] = []
print(a)
a[:0] = [-1, -2]
print(a)
del a[::3]
print(a)
a[len(a):] = [99]
print(a)
b = list(range(6))
b[4:1:-1] = ['p', 'q', 'r']
print(b)
for bad in [lambda: b.__setitem__(slice(None, None, 2), [1]), lambda: l[::0], lambda: s[1.5], lambda: l['a']]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = [[i * 3 + j for j in range(3)] for i in range(3)]
print([row[::-1] for row in m[::-1]], [row[1] for row in m], m[1][1:], m[-1][-1])
print(s[::-1][::-1] == s, s[1:][:-1], s[:3] + s[3:] == s, ''.join(reversed(s[2:6])))
u = bytearray(b'hello world')
u[0:5] = b'HELLO'
print(u, u[::-1], u[-5:], bytes(u[::2]))
print(list(range(20))[3:17:4], list(range(10, 0, -1))[::3], range(10)[::-2] == range(9, -1, -2))
words = 'one two three four five six'.split()
print(words[1::2], words[-2::-2], words[::-1][:2], words[2:4] * 2)
