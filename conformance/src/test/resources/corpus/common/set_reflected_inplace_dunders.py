# The set operators' reflected methods (set and frozenset) and set's in-place ones, by name and through
# super() in a subclass: NotImplemented for an operand that is no set.
from __future__ import print_function
def t(f):
    try:
        r = f()
        print("ok", sorted(r) if isinstance(r, (set, frozenset)) else r, type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
a = {1, 2, 3}
b = frozenset([3, 4])
t(lambda: a.__ror__(b))
t(lambda: a.__rand__(b))
t(lambda: a.__rsub__(b))
t(lambda: a.__rxor__(b))
t(lambda: b.__rsub__(a))
t(lambda: b.__ror__([1]))
t(lambda: a.__ior__([1]))
s = set([1])
r = s.__ior__({2, 3})
print(r is s, sorted(s))
r = s.__iand__(frozenset([2, 3, 4]))
print(r is s, sorted(s))
r = s.__isub__({3})
print(r is s, sorted(s))
r = s.__ixor__({2, 9})
print(r is s, sorted(s))
t(lambda: set.__ior__(b, a))
t(lambda: set.__ior__(set(), 5))
t(lambda: set.__ror__(a))
class Tags(set):
    def __ior__(self, other):
        print("Tags.__ior__", sorted(other))
        return super(Tags, self).__ior__(set(other))
    def __or__(self, other):
        return Tags(super(Tags, self).__or__(other))
tg = Tags(["x"])
tg |= ["y", "z"]
print(type(tg).__name__, sorted(tg))
u = tg | {"w"}
print(type(u).__name__, sorted(u))
v = {"q"} | tg
print(type(v).__name__, sorted(v))
fs = frozenset("ab")
fs |= {"c"}
print(type(fs).__name__, sorted(fs))
s2 = {1}
s2 |= frozenset([2])
s2 -= {1}
s2 ^= {5}
s2 &= {2, 5, 7}
print(sorted(s2))
print(sorted(n for n in dir(set) if n.startswith("__r") or n.startswith("__i")))
print(sorted(n for n in dir(frozenset) if n.startswith("__r") or n.startswith("__i")))
