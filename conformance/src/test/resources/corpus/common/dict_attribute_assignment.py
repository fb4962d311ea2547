# obj.__dict__ = mapping: the attributes become that dict's (the AttrDict idiom
# self.__dict__ = self), a non-dict is refused, and __dict__ of a builtin's subclass is live.
from __future__ import print_function
class AttrDict(dict):
    def __init__(self, *a, **k):
        dict.__init__(self, *a, **k)
        self.__dict__ = self
d = AttrDict(a=1)
d.b = 2
d['c'] = 3
print(d.a, d.b, d.c, sorted(d.items()), hasattr(d, 'zz'))
class A(object):
    pass
a = A()
a.x = 1
shared = {'y': 5}
a.__dict__ = shared
print(hasattr(a, 'x'), a.y)
a.z = 9
print(sorted(shared.items()), sorted(vars(a).items()), a.__dict__ is shared)
for bad in (5, [1]):
    try:
        a.__dict__ = bad
    except TypeError as e:
        print(e)
class L(list):
    pass
l = L()
l.q = 1
dd = l.__dict__
dd['r'] = 2
print(l.r, sorted(l.__dict__.items()), l.__dict__ is dd)
l.__dict__ = {'s': 3}
print(l.s, hasattr(l, 'q'))


class Point(object):
    def __init__(self, x, y):
        self.__dict__ = {'x': x, 'y': y}


pts = [Point(i, i * i) for i in range(300)]
print(sum(p.x + p.y for p in pts), pts[7].__dict__ == {'x': 7, 'y': 49})
