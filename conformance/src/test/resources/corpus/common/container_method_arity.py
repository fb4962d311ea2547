# Wrong argument counts to list, dict, tuple and set methods fail with CPython's TypeError in each
# version's words (METH_O/METH_NOARGS, 3.10+ naming them list.append; PyArg_UnpackTuple for dict.get;
# PyArg_ParseTuple or Argument Clinic for list.pop) instead of running with a missing argument.
from __future__ import print_function
cases = [lambda: [].append(), lambda: [].append(1, 2), lambda: [].append(x=1), lambda: [1].pop(0, 1), lambda: [].insert(0), lambda: [].index(),
         lambda: [1].count(), lambda: [].remove(), lambda: [].reverse(1), lambda: [].extend(), lambda: {}.keys(1), lambda: {}.items(1),
         lambda: {}.values(None), lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.pop(), lambda: {}.setdefault(), lambda: {1: 2}.popitem(1),
         lambda: ().index(), lambda: (1,).count(), lambda: (1, 2).index(1, 0, 1, 2), lambda: set().add(), lambda: set().add(1, 2),
         lambda: set([1]).discard(), lambda: set([1]).remove(), lambda: set([1]).pop(1)]
for c in cases:
    try:
        r = c()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
l = [3, 1]; l.append(2); l.insert(0, 9); l.extend((5,)); print(l, l.pop(), l.pop(0), l.index(1), l.count(2))
d = {'a': 1}; print(d.get('a'), d.get('z', 0), d.pop('a'), d.setdefault('b', 2), sorted(d.items()), list(d.keys()), d.copy())
s = set([1, 2]); s.add(3); s.discard(9); s.remove(1); print(sorted(s), (1, 2, 1).count(1), (1, 2, 3).index(3, 1))
