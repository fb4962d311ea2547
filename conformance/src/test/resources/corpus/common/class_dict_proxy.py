# A new-style class's __dict__ is a read-only, live proxy of its own type (3.x mappingproxy, 2.7 dictproxy);
# 3.x's type(C.__dict__)(mapping) wraps any mapping; a classic 2.7 class's __dict__ is a dict.
from __future__ import print_function
import sys

class C(object):
    x = 1
    def f(self):
        return 2

d = C.__dict__
P = type(d)
print(P.__name__, isinstance(d, dict), type(vars(C)) is P, P is type(type.__dict__), P.__repr__ is dict.__repr__)
print('x' in d, 'y' in d, 1 in d, d['x'], d.get('y', 5), d.get('x'), len(d) == len(list(d)), 'f' in list(d))
print(sorted(k for k in d.keys() if not k.startswith('__')), sorted(k for k, v in d.items() if v == 1))
print(type(d.copy()).__name__, d == dict(d), d != dict(d), dict(d)['x'])
C.y = 3
print('y' in d, d['y'])            # live
del C.y
print('y' in d)
for stmt in ["d['z'] = 1", "del d['x']", "d.z = 1", "d['nope']", "d[[1]]"]:
    try:
        exec(stmt)
    except (TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
print(repr(type('E', (object,), {'__slots__': ()}).__dict__).split('(')[0])
print(str(d)[:1] == repr(d)[:1])
if sys.version_info[0] == 2:
    class Old:
        a = 1
    print(type(Old.__dict__).__name__, Old.__dict__['a'], d.has_key('x'), sorted(d.iterkeys())[-1])
else:
    m = {'b': 2}
    p = P(m)
    m['c'] = 3
    print(repr(p), p['c'], len(p), sorted(p), p.get('z', 0), p.copy() == m, p == m)
    for bad in ([1, 2], 5):
        try:
            P(bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        p['q'] = 1
    except TypeError as e:
        print('TypeError', e)
