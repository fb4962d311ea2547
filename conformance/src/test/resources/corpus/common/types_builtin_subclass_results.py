from __future__ import print_function
import sys
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
class MyFloat(float):
    pass
class MyStr(str):
    pass
class MyList(list):
    pass
class MyTuple(tuple):
    pass
class MyDict(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)
i = MyInt(7)
print(repr(i), str(i), i + 1, type(i + 1).__name__, type(-i).__name__, type(+i).__name__, type(abs(i)).__name__, type(i * 1).__name__)
print(type(i // 2).__name__, type(i ** 2).__name__, type(i << 1).__name__, type(~i).__name__, '%d' % i, '{}'.format(i), format(i, '03'))
print(int(i), type(int(i)).__name__, float(i), hex(i), i == 7, hash(i) == hash(7), {i: 1}[7], type(round(i)).__name__, type(i.real).__name__)
f = MyFloat(2.5)
print(repr(f), f + 1, type(f + 1).__name__, type(-f).__name__, type(abs(f)).__name__, round(f), f.is_integer(), type(float(f)).__name__)
s = MyStr('Hello')
print(repr(s), s.upper(), type(s.upper()).__name__, type(s + '!').__name__, type(s[1:]).__name__, type(s * 2).__name__, type(str(s)).__name__)
print(type(s.strip()).__name__, type(s.replace('z', 'y')).__name__, type(''.join([s])).__name__, type(s.split()[0]).__name__, type('%s' % s).__name__)
l = MyList([3, 1, 2])
print(repr(l), type(l[:]).__name__, type(l + [4]).__name__, type(l * 2).__name__, sorted(l), type(sorted(l)).__name__, type(list(l)).__name__, l == [3, 1, 2])
l2 = l
l2 += [9]
print(l2 is l, type(l2).__name__, l, type(l.copy()).__name__ if sys.version_info >= (3,) else 'list')
t = MyTuple((1, 2))
print(repr(t), type(t + (3,)).__name__, type(t[:]).__name__, type(t[0:1]).__name__, t == (1, 2), hash(t) == hash((1, 2)))
d = MyDict(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, len(d), type(d.copy()).__name__, repr(d), sorted(d.items()))
print('{a} {b}'.format_map(d) if sys.version_info >= (3,) else 'a missing:b')
class Cnt(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Cnt()
for ch in 'abracadabra':
    c[ch] += 1
print(sorted(c.items()))
class B(int):
    def __new__(cls, v, extra):
        obj = int.__new__(cls, v)
        obj.extra = extra
        return obj
b = B(5, 'x')
print(b, b.extra, b + 0, vars(b), isinstance(b, int))
class Up(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
    def __len__(self):
        return 99
u = Up('abc')
print(u, len(u), u.lower(), u == 'ABC', u in {'ABC': 1}, sorted([Up('b'), Up('a')]))
class Z(float):
    def __str__(self):
        return 'Z!'
print(str(Z(1.0)), repr(Z(1.0)), '%s' % Z(1.0), '{}'.format(Z(1.0)), '%r' % Z(1.5), '%.1f' % Z(1.0), print is not None)
class R(list):
    def __len__(self):
        return 0
r = R([1, 2])
print(bool(r), list(r), len(r), r[0], [x for x in r], sum(r))
class E(tuple):
    def __iter__(self):
        return iter([9, 9])
e = E((1, 2))
print(list(e), e[0], tuple(e) if sys.version_info >= (3,) else (1, 2), sorted(e), max(e), list(reversed(e)), e + (3,))
