# A set looked up in a set of frozensets (in, remove, discard) is taken as the
# frozenset of its items, as CPython's set_contains retries; dict views order as sets.
from __future__ import print_function

groups = {frozenset([1]), frozenset([2, 3]), frozenset()}
print({1} in groups, {3, 2} in groups, set() in groups, {9} in groups, {9} not in groups)
groups.discard({2, 3})
groups.discard({7})
print(sorted(sorted(g) for g in groups))
groups.remove(set())
try:
    groups.remove({8})
except KeyError as e:
    print("KeyError", e)
print(len(groups), frozenset([1]) in groups)
try:
    {1} in {1: 2}
except TypeError as e:
    print("TypeError", e)
seen = set()
for i in range(300):
    seen.add(frozenset([i % 7, i % 5]))
print(len(seen), sum(1 for i in range(50) if {i % 7, i % 5} in seen))
d = {1: 'a', 2: 'b'}
keys = d.viewkeys() if hasattr(d, 'viewkeys') else d.keys()
items = d.viewitems() if hasattr(d, 'viewitems') else d.items()
print(keys <= {1, 2, 3}, keys < {1, 2}, keys >= {1}, keys > {1, 2}, {1, 2, 5} >= keys, items <= {(1, 'a'), (2, 'b')})
print(keys == {1, 2}, keys != {1}, keys <= keys, items > set())
