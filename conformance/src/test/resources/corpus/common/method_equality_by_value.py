# Before 3.8 two bound methods are equal when their functions are and their objects compare equal with ==
# (their hash is the object's hash); from 3.8 the objects must be the same one. An __eq__ that raises
# propagates out of the method comparison before 3.8.
from __future__ import print_function


class V(object):
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, V) and self.k == other.k

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.k)

    def m(self):
        return self.k

    def n(self):
        return -self.k


class Touchy(object):
    def __eq__(self, other):
        raise ValueError("no comparing Touchy")

    __hash__ = object.__hash__

    def m(self):
        return 0


x, y, z = V(1), V(1), V(2)
print(x.m == y.m, x.m != y.m, x.m == z.m, x.m == y.n, x.m == x.m)
print(len({x.m, y.m, z.m}), x.m in [y.m], [z.m, y.m].count(x.m))
try:
    print([z.m, y.m].index(x.m))
except ValueError:
    print("ValueError from index")   # its message shows an address
registry = {x.m: "first"}
print(registry.get(y.m, "not found"), registry.get(z.m, "not found"))
t = Touchy()
print(t.m == t.m)
try:
    print(t.m == Touchy().m)
except ValueError as e:
    print("ValueError:", e)
l1, l2 = [1], [1]
print(l1.append == l2.append, l1.append == l1.append)   # builtin methods: the same object always
