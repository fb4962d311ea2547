# A subclass of a builtin whose classes all have __slots__ (namedtuple's __slots__ = ()) has no __dict__:
# vars() refuses it, hasattr says False.
from __future__ import print_function
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
try:
    print(vars(p))
except TypeError as e:
    print("TE", e)
print(hasattr(p, '__dict__'))
class K(tuple):
    __slots__ = ()
class KD(tuple):
    pass
class I(int):
    __slots__ = ()
k = K((1,))
print(hasattr(k, '__dict__'), hasattr(KD((1,)), '__dict__'), hasattr(I(3), '__dict__'))
try:
    k.z = 1
except AttributeError as e:
    print("AE", e)
try:
    print(k.__dict__)
except AttributeError as e:
    print("AE", e)
kd = KD((2,))
kd.z = 5
print(kd.__dict__, vars(kd))
class S(list):
    __slots__ = ('a',)
s = S()
s.a = 1
print(s.a, hasattr(s, '__dict__'))
