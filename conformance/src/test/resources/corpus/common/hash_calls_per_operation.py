# How many times a dict or set operation calls a key's __hash__ and __eq__: once per operation, as CPython
# (pyvm hashed twice: a hashability check, then the table), stored hashes reused by update and set ==.
from __future__ import print_function
class K(object):
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v)
        return 1
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
d = {}
print("-- setitem"); d[K(1)] = 1
print("-- setitem again"); d[K(1)] = 2
print("-- getitem"); print(d[K(1)])
print("-- get"); print(d.get(K(2)))
print("-- in"); print(K(1) in d)
print("-- setdefault"); d.setdefault(K(3), 0)
print("-- pop"); print(d.pop(K(3)))
print("-- update"); d.update({K(4): 4})
print("-- del"); del d[K(4)]
s = set()
print("-- add"); s.add(K(1))
print("-- add2"); s.add(K(2))
print("-- discard"); s.discard(K(2))
print("-- set in"); print(K(1) in s)
print("-- set eq"); print({K(1)} == {K(1)})
print("-- dict from list"); d2 = dict([(K(5), 5)])
print("-- set from list"); s2 = set([K(6)])
print("-- frozenset"); f = frozenset([K(7)])
print("-- dict literal"); d3 = {K(8): 8}
print("-- set literal"); s3 = {K(9)}
print("-- dict comp"); d4 = {K(i): i for i in [10]}
print("-- fromkeys"); d5 = dict.fromkeys([K(11)])
print("-- remove"); s.remove(K(1))
