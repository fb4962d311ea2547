# a class's __dict__ is a read-only mappingproxy (3.x); ** unpacking takes any mapping (keys() and __getitem__)
MappingProxyType = type(type.__dict__)


class C:
    x = 1

    def f(self):
        return 'f'


d = C.__dict__
print(MappingProxyType, type(d) is MappingProxyType, MappingProxyType.__repr__ is dict.__repr__)
print(d['x'], 'x' in d, 'y' in d, d.get('x'), d.get('y', 5), d['f'](C()))
print(sorted(k for k in d if not k.startswith('__')), type(d.copy()).__name__, dict(d)['x'], {**d}['x'])
print(sorted(k for k, v in d.items() if not k.startswith('__')), len([v for v in d.values() if v == 1]))
try:
    d['x'] = 2
except TypeError as e:
    print(e)
try:
    d['zz']
except KeyError as e:
    print('KeyError', e)
p = MappingProxyType({'a': 1})
print(p, str(p), repr(p), p == {'a': 1}, p != {'a': 2}, len(p), list(p), p.copy())
inner = {'k': [1]}
live = MappingProxyType(inner)
inner['new'] = 2
print(sorted(live), live['new'])
for bad in ([1], 3, 'abc'):
    try:
        MappingProxyType(bad)
    except TypeError as e:
        print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
print(vars(C)['x'], C.__dict__ is not C.__dict__)


class M:
    def keys(self):
        return ['k', 'j']

    def __getitem__(self, k):
        return k * 2


def g(**kw):
    return sorted(kw.items())


print(g(**M()), sorted({**M(), 'z': 1}.items()), sorted(dict(M()).items()), g(**p))
