# A user container class: __init__, __repr__, __eq__, __lt__, __len__, __getitem__, __iter__,
# __contains__, properties, staticmethod and classmethod.
from __future__ import print_function
class Vec(object):
    dims = 0
    def __init__(self, *items):
        self._items = list(items)
        Vec.dims = max(Vec.dims, len(items))
    def __repr__(self):
        return "Vec(%s)" % ", ".join(repr(x) for x in self._items)
    def __eq__(self, other):
        return isinstance(other, Vec) and self._items == other._items
    def __ne__(self, other):
        return not self == other
    def __lt__(self, other):
        return self.norm2 < other.norm2
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self._items[i])
        return self._items[i]
    def __iter__(self):
        for x in self._items:
            yield x
    def __contains__(self, x):
        return x in self._items
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self, other)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self])
    __hash__ = None
    @property
    def norm2(self):
        return sum(x * x for x in self)
    @property
    def first(self):
        return self._items[0]
    @first.setter
    def first(self, value):
        self._items[0] = value
    @staticmethod
    def zero(n):
        return Vec(*([0] * n))
    @classmethod
    def of(cls, seq):
        return cls(*seq)
v = Vec(1, 2, 3)
w = Vec.of([4, 5, 6])
print(v, w, repr(Vec()))
print(len(v), v[0], v[-1], v[1:], v[::-1])
print(list(v), [x * 2 for x in w], 2 in v, 9 in v)
print(v + w, v * 3, v == Vec(1, 2, 3), v != w, v == [1, 2, 3])
print(v < w, w < v, sorted([w, v, Vec(0)]))
print(v.norm2, w.norm2, Vec.zero(4), Vec.dims)
v.first = 100
print(v, v.first)
try:
    v[10]
except IndexError as e:
    print("IndexError", e)
try:
    v.norm2 = 5
except AttributeError:
    print("AttributeError: can't set norm2")
try:
    hash(v)
except TypeError as e:
    print("TypeError", e)
a, b, c = w
print(a, b, c, max(w), sum(w), sorted(Vec(3, 1, 2)))
print(bool(Vec()), bool(v), isinstance(Vec.zero(1), Vec), type(v).__name__)
print(Vec.of.__name__, callable(Vec.zero), hasattr(v, "norm2"))
