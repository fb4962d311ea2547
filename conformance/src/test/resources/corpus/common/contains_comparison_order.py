# x in a list or tuple: which side's __eq__ is asked first (x's before 3.9, the item's from
# 3.9); count and index ask the item's in every version; identity short-cuts equality.
from __future__ import print_function
class E(object):
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        print('eq on', self.n, end='; ')
        return False

    __hash__ = object.__hash__


print(E(1) in [E(2)], E(1) in (E(2),), E(1) not in [E(2)])
print([E(3)].count(E(4)), (E(5),).count(E(6)))
try:
    [E(7)].index(E(8))
except ValueError:
    print('not found')
x = E(9)
print(x in [x], [1, 2] in [[1, 2]], 3 in [1.0, 3.0])
