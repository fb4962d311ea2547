# Operators between a class and its subclass: the subclass's reflected method goes first
# when it overrides it (comparisons: always), never for two instances of one class.
from __future__ import print_function
class Base(object):
    def __add__(self, o): return 'Base.__add__'
    def __radd__(self, o): return 'Base.__radd__'
    def __eq__(self, o): return 'Base.__eq__'
    def __lt__(self, o): return 'Base.__lt__'
    def __gt__(self, o): return 'Base.__gt__'
    __hash__ = object.__hash__
class Sub(Base):
    def __radd__(self, o): return 'Sub.__radd__'
    def __eq__(self, o): return 'Sub.__eq__'
class Same(Base):
    pass
print(Base() + Sub(), Sub() + Base(), Base() + Same(), Base() == Sub(), Sub() == Base(), Base() < Sub(), Base() < Same())
class NI(object):
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return 'NI.__radd__'
try:
    print(NI() + NI())
except TypeError as e:
    print('TypeError', e)
print(1 + NI())
class V(object):
    def __init__(self, v): self.v = v
    def __sub__(self, o): return V(self.v - (o.v if isinstance(o, V) else o))
    def __rsub__(self, o): return V((o.v if isinstance(o, V) else o) - self.v)
class W(V):
    def __rsub__(self, o): return 'W.__rsub__'
print((V(5) - V(2)).v, V(5) - W(1), (W(5) - V(1)).v, (10 - V(3)).v)
total = 0
for i in range(500):
    total += (V(i) - W(1) == 'W.__rsub__') + (W(i) - V(1)).v
print(total)
