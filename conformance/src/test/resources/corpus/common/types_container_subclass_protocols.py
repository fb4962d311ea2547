from __future__ import print_function
import sys
class LoudDict(dict):
    def __setitem__(self, k, v):
        print('set', k)
        dict.__setitem__(self, k, v)
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 10
    def keys(self):
        print('keys called')
        return dict.keys(self)
d = LoudDict()
d['a'] = 1
d.update({'b': 2})
d.update(c=3)
d.setdefault('e', 5)
print(sorted(dict.items(d)), d['a'], d.get('a'), dict(d), sorted(d.values()))
e = {}
e.update(d)
print(sorted(e.items()))
print(sorted(dict(d).items()), sorted(dict(**d).items()) if sys.version_info >= (3,) else 'x', '{a}'.format(**d))
class KeysOnly(object):
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 2
print(sorted(dict(KeysOnly()).items()), sorted({}.__class__(KeysOnly()).items()))
f = {}
f.update(KeysOnly())
print(sorted(f.items()))
class MySet(set):
    pass
class MyFS(frozenset):
    pass
s = MySet([1, 2])
fs = MyFS([2, 3])
for r in [s | {5}, s & {1}, s - {1}, s ^ {9}, s.union([7]), s.copy(), fs | {1}, fs.copy(), fs.union(), {1} | s, frozenset([1]) | fs]:
    print(type(r).__name__, sorted(r))
class EqAll(object):
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(EqAll() in [1, 2], [1, 2].count(EqAll()), [3, 4].index(EqAll()), (5,).count(EqAll()), EqAll() in (1,))
class MyList(list):
    def __contains__(self, x):
        return x == 'magic'
    def __len__(self):
        return 42
ml = MyList([1, 2, 3])
print('magic' in ml, 1 in ml, len(ml), bool(ml), list(ml), sorted(ml), ml[:], max(ml), sum(ml), ml == [1, 2, 3])
class MyStr(str):
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower() if isinstance(o, str) else o)
    def __hash__(self):
        return hash(self.lower())
    def __contains__(self, x):
        return str.__contains__(self.lower(), x.lower())
m = MyStr('HeLLo')
print(m == 'hello', 'hello' == m, m in ['hello'], 'LL' in m, m.lower(), {m: 1}.get('hello'), m.startswith('He'), m.count('L'))
class Str2(str):
    def __str__(self):
        return 'str2!'
    def __repr__(self):
        return 'repr2!'
x = Str2('base')
print(x, str(x), repr(x), '%s|%r' % (x, x), '{}|{!r}'.format(x, x), [x], x + '!', x.upper(), ''.join([x]), len(x))
class Int2(int):
    def __str__(self):
        return 'int2!'
    def __repr__(self):
        return 'Int2!'
y = Int2(4)
print(y, str(y), repr(y), '%s %d %r' % (y, y, y), '{} {:d} {!r}'.format(y, y, y), [y], y + 1, format(y), format(y, ''), format(y, '>3'))
class Float2(float):
    def __repr__(self):
        return 'F2'
z = Float2(0.5)
print(z, str(z), repr(z), '%s %r %f' % (z, z, z), '{} {!r} {:.2f}'.format(z, z, z), [z], format(z, ''))
