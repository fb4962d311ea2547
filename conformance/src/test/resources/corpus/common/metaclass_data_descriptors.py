# A metaclass's data descriptors act on its classes as a class's act on its instances: setting C.level runs
# the metaclass property's setter (not the class's dict), a property without a setter refuses the
# assignment, a descriptor object's __set__ is called, and reading prefers the metaclass's data descriptor
# to an attribute of the same name in the class's dict; plain metaclass attributes still lose to the class's.
from __future__ import print_function


class Logged(object):
    def __get__(self, cls, meta):
        return "Logged.get(%s)" % (cls.__name__,)

    def __set__(self, cls, value):
        print("Logged.set", cls.__name__, value)


def level_get(cls):
    return cls._level


def level_set(cls, value):
    print("setter", cls.__name__, value)
    cls._level = value * 10


Meta = type("Meta", (type,), {
    "_level": 0,
    "level": property(level_get, level_set),
    "version": property(lambda cls: 1),
    "tag": Logged(),
    "plain": "from the metaclass",
})

C = Meta("C", (object,), {"plain": "from the class", "tag": "in the class dict"})
print(C.level, C.version, C.tag, C.plain)
C.level = 3
print(C.level, "_level" in C.__dict__, C.__dict__["_level"])
C.tag = "new"
print(C.tag, C.__dict__["tag"])
try:
    C.version = 5
except AttributeError as e:
    print("AttributeError", e)
print(C.version)
C.plain = "changed"
print(C.plain, Meta.plain)
D = Meta("D", (C,), {})
D.level = 7
print(D.level, C.level, D.__dict__["_level"])
