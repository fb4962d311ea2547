# types.SimpleNamespace: keyword arguments become attributes; the repr lists them (3.6 sorts
# them by name, 3.9+ keeps their order); namespaces compare as their dicts; it is unhashable.
import types
import sys

ns = types.SimpleNamespace(b=1, a='x')
print(ns, ns.a, ns.b)
ns.c = [1, 2]
del ns.b
print(ns, vars(ns) == {'a': 'x', 'c': [1, 2]})
print(types.SimpleNamespace())
print(ns == types.SimpleNamespace(a='x', c=[1, 2]), ns != types.SimpleNamespace(), ns == 1)


class Config(types.SimpleNamespace):
    def describe(self):
        return 'Config with %d fields' % len(vars(self))


cfg = Config(debug=True, level=3)
print(cfg, cfg.describe(), cfg == types.SimpleNamespace(debug=True, level=3))
loop = types.SimpleNamespace(name='loop')
loop.me = loop
print(loop)
for label, f in [('positional', lambda: types.SimpleNamespace(1)),
                 ('hash', lambda: hash(types.SimpleNamespace())),
                 ('order', lambda: types.SimpleNamespace(a=1) < types.SimpleNamespace(a=2)),
                 ('missing', lambda: types.SimpleNamespace().nothing)]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
print(type(ns).__name__, type(ns).__module__, type(sys.implementation) is types.SimpleNamespace)
print(sys.implementation.name, sys.implementation.cache_tag)
later = types.SimpleNamespace()
later.__init__(k=3)
print(later, later.__reduce__()[1:])
import copy
print(copy.copy(ns), copy.deepcopy(cfg))
types.SimpleNamespace(x=1, y=2).z
