# Ordering two lists, tuples or slices: the first unequal pair of items decides by the operator asked
# (a set's subset order, a program's __gt__), not by < and == (2.7 slices: cmp() of start, stop, step).
from __future__ import print_function
print(({1},) > ({2},), [{1}] >= [{2}], ({1},) < ({1, 2},), [{1, 2}] <= [{1}])
class C(object):
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq"); return self.v == o.v
    def __lt__(self, o): print("lt"); return self.v < o.v
    def __gt__(self, o): print("gt"); return self.v > o.v
    def __ge__(self, o): print("ge"); return "GE"
    def __repr__(self): return "C(%d)" % self.v
print((C(2),) > (C(1),))
print([C(2), 5] >= [C(1)])
print((1, 2) < (1, 2, 3), (1, 2) >= (1, 2), [] < [0], (C(1),) <= (C(1),))
print(max([(C(1), 'a'), (C(3), 'b'), (C(2), 'c')]))
print(slice(1, C(2)) > slice(1, C(1)))
