class A(object):
    def m(self, **kw):
        return kw
    def __init__(self, *a, **k):
        pass
class M(object):
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k * 2
def g(*a, **k):
    return a, sorted(k.items())
def outer():
    def inner(**k):
        return k
    return inner
print(g(**M()), sorted(dict(**M()).items()), A().m(**M()))
for f in [lambda: g(*5), lambda: g(**[1]), lambda: len(*5), lambda: A(*5), lambda: A(**5), lambda: A().m(**5), lambda: outer()(**5), lambda: g(**{'a': 1}, **{'a': 2}), lambda: g(a=1, **{'a': 2}), lambda: A().m(*None), lambda: print(**3), lambda: g(*1.5, **{})]:
    try:
        print(f())
    except TypeError as e:
        print(e)
class M:
    def keys(self): return ['x']
    def __getitem__(self, k): return 1
for f in [lambda: g(**{}, **[1]), lambda: g(**{'a': 1}, **M(), **{'x': 2}), lambda: {**M(), **{'y': 2}}, lambda: {**{}, **3}, lambda: dict(**M(), y=3)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
