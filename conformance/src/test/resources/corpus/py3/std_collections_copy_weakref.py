# collections, copy, weakref, types, abc and functools from the 3.x stdlib over pyvm's frames and Java modules
import abc
import collections
import copy
import functools
import sys
import types
import weakref

Point = collections.namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p._replace(y=5), p._asdict(), Point.__module__)
print(Point._fields, p.x + p.y, tuple(p))


class Box:
    def __init__(self, items):
        self.items = items
        self.label = "box"

    def __repr__(self):
        return "Box(%r, %r)" % (self.items, self.label)


b = Box([1, [2, 3]])
shallow = copy.copy(b)
deep = copy.deepcopy(b)
b.items[1].append(4)
print(shallow, deep, shallow.items is b.items, deep.items is b.items)
print(copy.deepcopy({"a": (1, [2]), "b": {3}, "c": p}))

r = weakref.ref(b)
print(r() is b, weakref.getweakrefcount(b))
cache = weakref.WeakValueDictionary()
cache["b"] = b
print(cache["b"] is b, "b" in cache, len(cache))
keyed = weakref.WeakKeyDictionary()
keyed[b] = "the box"
print(keyed[b])
ws = weakref.WeakSet([b])
print(b in ws, len(ws))
print(weakref.proxy(b).label)

print(types.FrameType is type(sys._getframe()), types.TracebackType.__name__, types.FunctionType.__name__)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(Square(3).area(), isinstance(Square(1), Shape), issubclass(Square, Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.register(int)
print(isinstance(5, Shape), issubclass(int, Shape))
from collections.abc import Hashable, Mapping, Sequence
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(3, Hashable), isinstance([], Hashable))

od = collections.OrderedDict([("b", 1), ("a", 2)])
od.move_to_end("b")
print(list(od), od)
print(collections.Counter("abracadabra").most_common(2))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), functools.reduce(lambda a, c: a * c, range(1, 6)), functools.partial(pow, 2)(10))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) <= Version(2), Version(3) > Version(2))
