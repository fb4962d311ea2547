# math.floor/ceil/trunc call a value's own __floor__/__ceil__/__trunc__ (a class's, or a
# float or int subclass's); object.__getstate__ exists from 3.11, and copy/deepcopy of an
# OrderedDict (whose __reduce__ calls it) and of instances with slots work.
import copy
import math
from collections import OrderedDict


class F(float):
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'


class G(object):
    def __floor__(self):
        return 7

    def __trunc__(self):
        return -7


class I(int):
    pass


print(math.floor(F(1.5)), math.ceil(F(1.5)), math.floor(G()), math.trunc(G()), math.trunc(F(2.5)))
print(math.floor(I(4)), type(math.floor(I(4))).__name__, math.trunc(True), type(math.trunc(True)).__name__, math.ceil(False))
for bad in ("x", None):
    try:
        math.floor(bad)
    except TypeError as e:
        print("TypeError", e)
od = OrderedDict([('a', 1), ('b', 2)])
od2 = copy.copy(od)
od3 = copy.deepcopy(od)
od2['c'] = 3
print(od, od2, od3 == od, list(od3))


class P(object):
    def __init__(self):
        self.x = [1]


class S(object):
    __slots__ = ('a', 'b')


s = S()
s.a = 1
p = copy.deepcopy(P())
print(p.x, copy.copy(s).a, hasattr(copy.copy(s), 'b'))
print(hasattr(object, '__getstate__'))
if hasattr(object, '__getstate__'):
    print(P().__getstate__(), s.__getstate__(), object().__getstate__())
