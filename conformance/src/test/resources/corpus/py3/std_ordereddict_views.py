# collections.OrderedDict is C in 3.x CPython: odict_keys/values/items views, order-minding
# equality, move_to_end, popitem(last=False), iteration that fails when keys move, subclasses
# whose __setitem__ sees every pair, and errors raised from no Python frame.
from collections import OrderedDict as OD


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


od = OD()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od)
print(od.keys())
print(od.values())
print(od.items())
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__)
print([c.__name__ for c in type(od.items()).__mro__])
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(last=False), od.popitem(), od)
print(OD(), OD.fromkeys('xy', 0), OD(a=1).copy())

a = OD([('x', 1), ('y', 2)])
b = OD([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a.keys() == b.keys(), a.items() == {('x', 1), ('y', 2)})
print(a.keys() | {'z'} == {'x', 'y', 'z'}, 'x' in a.keys(), ('x', 1) in a.items(), len(a.values()))

attempt('init2', lambda: OD(1, 2))
attempt('update2', lambda: OD().update(1, 2))
attempt('pairs', lambda: OD([(1, 2, 3)]))
attempt('notpairs', lambda: OD([1]))
attempt('empty', lambda: OD().popitem())
attempt('missing', lambda: OD(a=1).move_to_end('b'))
attempt('pop', lambda: OD(a=1).pop('b'))
attempt('popdefault', lambda: OD(a=1).pop('b', 'dflt'))
attempt('setdefault', lambda: OD(b=1).setdefault('a', 5))
attempt('order', lambda: OD(a=1) < OD(a=1))
attempt('hash', lambda: hash(OD()))
attempt('getitem', lambda: OD(a=1)['zz'])

o = OD(a=1, b=2, c=3)
for k in o:
    o[k] = o[k] * 10
print(o)
for label, change in [('move', lambda: o.move_to_end('a')), ('add', lambda: o.__setitem__('new', 0)),
                      ('delete', lambda: o.__delitem__('new'))]:
    try:
        for k in o:
            change()
    except RuntimeError as e:
        print(label, 'RuntimeError', e)


class LRU(OD):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRU(2)
cache['a'] = 1
cache['b'] = 2
cache['a'] = 3
cache['c'] = 4
print(cache, cache.capacity)


class Logged(OD):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


lg = Logged([('p', 1)], q=2)
lg.update({'r': 3})
print(lg)
print(type(lg.copy()).__name__, lg.copy())

rec = OD()
rec['self'] = rec
print(rec)
print(OD(outer=OD(inner=1)))
s = LRU(5)
s['k'] = 'v'
s.note = 'n'
r = s.__reduce__()
print(r[0].__name__, r[1], r[2], list(r[4]))
import copy
print(copy.deepcopy(OD(a=[1])), copy.copy(OD(b=2)))
import json
print(json.dumps(OD([('z', 1), ('a', 2)])), json.loads('{"z": 1, "a": 2}', object_pairs_hook=OD))
od = OD(a=1)
del od['a']
od.move_to_end('a')
