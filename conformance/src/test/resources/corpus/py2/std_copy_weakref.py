# copy, weakref and abc from 2.7's stdlib over pyvm's frames, _weakref and exceptions modules
import abc
import copy
import types
import weakref


class Point(object):
    def __init__(self, x, items):
        self.x = x
        self.items = items

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.items)


p = Point(1, [1, [2, 3]])
shallow = copy.copy(p)
deep = copy.deepcopy(p)
p.items[1].append(4)
print(shallow)
print(deep)
print(copy.deepcopy({"a": (1, [2]), "b": set([3])}))
print(types.FrameType.__name__, types.TracebackType.__name__, types.GetSetDescriptorType.__name__)

r = weakref.ref(p)
print(r() is p, weakref.getweakrefcount(p))
cache = weakref.WeakValueDictionary()
cache["p"] = p
print(cache["p"] is p, "p" in cache, len(cache))
keys = weakref.WeakKeyDictionary()
keys[p] = "point"
print(keys[p])
ws = weakref.WeakSet([p])
print(p in ws, len(ws))
print(weakref.proxy(p).x)


class Shape(object):
    __metaclass__ = abc.ABCMeta

    @abc.abstractmethod
    def area(self):
        pass


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(Square(3).area(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
Shape.register(int)
print(isinstance(5, Shape), issubclass(int, Shape))
