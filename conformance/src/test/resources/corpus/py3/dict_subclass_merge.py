# dict(d), d.update(x), {**x} and f(**x) of a dict subclass that overrides __iter__ read it through keys() and
# x[key] (3.x); one that keeps dict's __iter__ is read directly, whatever keys() says
class D(dict):
    def __iter__(self):
        return iter(['k'])

    def keys(self):
        return ['k']

    def __getitem__(self, k):
        return 'D:' + k


class K(dict):
    def keys(self):
        return ['zz']

    def __getitem__(self, k):
        return 'K:' + k


def f(**kw):
    return sorted(kw.items())


for m in (D(a=1), K(a=1)):
    u = {}
    u.update(m)
    print(type(m).__name__, sorted(dict(m).items()), sorted({**m}.items()), f(**m), sorted(u.items()))
