# A program's subclass of property: its instances are of the subclass (its class attributes, its own
# attributes and its overrides of __get__/__set__ count), setter() keeps the subclass, and
# abc.abstractproperty makes a class abstract.
from __future__ import print_function
import abc


class Tagged(property):
    kind = "tagged"

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super(Tagged, self).__init__(fget, fset, fdel, doc)
        self.label = "label-" + (fget.__name__ if fget else "none")


class Doubling(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return 2 * super(Doubling, self).__get__(obj, owner)

    def __set__(self, obj, value):
        super(Doubling, self).__set__(obj, value + 1)


class Box(object):
    def __init__(self):
        self._v = 10

    @Tagged
    def size(self):
        "the size"
        return self._v

    @size.setter
    def size(self, value):
        self._v = value

    def _get(self):
        return self._v

    def _set(self, value):
        self._v = value

    doubled = Doubling(_get, _set)


b = Box()
p = Box.__dict__["size"]
print(type(p).__name__, p.kind, p.label, p.__doc__, b.size, isinstance(p, property))
b.size = 4
print(b.size, b._v, type(Box.__dict__["size"]).__name__)
print(b.doubled, Box.doubled.__class__.__name__)
b.doubled = 20
print(b._v, b.doubled)
try:
    del b.size
except AttributeError as e:
    print("AttributeError")
print(isinstance(Box.doubled, Doubling), type(Box.doubled.fget).__name__)


class Base(object):
    __metaclass__ = abc.ABCMeta

    @abc.abstractproperty
    def name(self):
        pass


Base = abc.ABCMeta("Base", (object,), {"name": abc.abstractproperty(lambda self: None)})


class Impl(Base):
    pass


class Done(Base):
    name = "done"


try:
    Impl()
    print("Impl made")
except TypeError as e:
    print("TypeError", e)
print(Done().name, sorted(Base.__abstractmethods__))
