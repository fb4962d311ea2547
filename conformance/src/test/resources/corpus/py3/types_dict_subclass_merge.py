from __future__ import print_function
import sys
class GI(dict):
    def __getitem__(self, k):
        return 'GI:' + str(dict.__getitem__(self, k))
class KS(dict):
    def keys(self):
        return ['a']
class IT(dict):
    def __iter__(self):
        return iter(['b'])
class ALL(dict):
    def keys(self):
        return ['a', 'zz']
    def __getitem__(self, k):
        return 'ALL:' + k
    def __iter__(self):
        return iter(['a'])
    def items(self):
        return [('i', 'tems')]
def f(**kw):
    return sorted(kw.items())
for cls in (GI, KS, IT, ALL):
    d = cls(a=1, b=2)
    out = [sorted(dict(d).items()), f(**d)]
    e = {}
    e.update(d)
    out.append(sorted(e.items()))
    if sys.version_info >= (3, 5):
        out.append(sorted({**d}.items()))
    out.append(sorted(d.items()) if cls is not ALL else d.items())
    out.append(sorted(dict(d, x=0).items()))
    out.append(sorted(list(d)))
    out.append(len(d))
    print(cls.__name__, out)
g = GI(k=5)
print(g['k'], g.get('k'), dict.get(g, 'k'), g.pop('k', None), g)
print('{k}'.format(**GI(k=1)), '%(k)s' % GI(k=2), '%(k)s' % {'k': 3})
