# set.difference and difference_update with an argument that is not iterable: 3.6 leaves it unread once the set
# (or the result so far) is empty; 2.7 and 3.11 refuse it. The other set methods always read their argument.
from __future__ import print_function


class Counted(set):
    def __len__(self):
        return 99


def probe(label, f):
    try:
        r = f()
        print(label, 'ok', sorted(r) if isinstance(r, (set, frozenset)) else r, type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError', e)


def update(s, *others):
    s.difference_update(*others)
    return s


probe('difference empty 1', lambda: set().difference(1))
probe('difference empty {1} 2', lambda: set().difference({1}, 2))
probe('difference {1} [1] 2', lambda: {1}.difference([1], 2))
probe('difference {1} 2', lambda: {1}.difference(2))
probe('difference {1, 2} [1] 2', lambda: {1, 2}.difference([1], 2))
probe('difference no arguments', lambda: {3}.difference())
probe('frozenset difference empty 1', lambda: frozenset().difference(1))
probe('frozenset difference {1} 2', lambda: frozenset([1]).difference(2))
probe('subclass difference empty 1', lambda: Counted().difference(1))
probe('difference_update empty 1', lambda: update(set(), 1))
probe('difference_update {1} [1] 2', lambda: update({1}, [1], 2))
probe('difference_update {1} 2', lambda: update({1}, 2))
probe('difference_update subclass empty 1', lambda: update(Counted(), 1))
probe('intersection empty 1', lambda: set().intersection(1))
probe('intersection_update empty 1', lambda: set().intersection_update(1))
probe('symmetric_difference empty 1', lambda: set().symmetric_difference(1))
probe('symmetric_difference_update empty 1', lambda: set().symmetric_difference_update(1))
probe('union empty 1', lambda: set().union(1))
probe('issubset empty 1', lambda: set().issubset(1))
probe('issuperset empty 1', lambda: set().issuperset(1))
probe('isdisjoint empty 1', lambda: set().isdisjoint(1))
probe('subtract operator', lambda: set() - 1)
