# The type of set algebra results on a subclass of set or frozenset: 2.7 makes them of the operand's
# own class (without calling its __init__), 3.x plain set / frozenset. copy() of an exact frozenset
# is the same object; of a subclass, a new set of that rule's type.
from __future__ import print_function


class Tagged(set):
    def __init__(self, items=(), tag="?"):
        set.__init__(self, items)
        self.tag = tag


class Frozen(frozenset):
    pass


a = Tagged([1, 2, 3], tag="a")
b = Tagged([2, 3, 4], tag="b")
results = [("|", a | b), ("&", a & b), ("-", a - b), ("^", a ^ b),
           ("union", a.union(b)), ("union()", a.union()), ("intersection", a.intersection([2, 9])),
           ("difference", a.difference([1])), ("symmetric_difference", a.symmetric_difference([1, 7])),
           ("copy", a.copy()), ("set|Tagged", set([0]) | a)]
for name, r in results:
    print(name, type(r).__name__, sorted(r), getattr(r, "tag", "no tag"))
f = Frozen([1, 2])
for name, r in [("|", f | f), ("&", f & frozenset([2])), ("-", f - frozenset([1])), ("copy", f.copy()),
                ("union", f.union([3])), ("difference", f.difference())]:
    print(name, type(r).__name__, sorted(r), r is f)
plain = frozenset([5, 6])
print(plain.copy() is plain, type(plain.union()).__name__, plain.union() == plain)
a |= set([9])
a -= set([1])
print(type(a).__name__, sorted(a), a.tag)
print(type(set([1]).copy()).__name__, set([1, 2]) == Tagged([1, 2]), Frozen([1]) == frozenset([1]))
