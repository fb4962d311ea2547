# __slots__ naming __dict__ or __weakref__ twice, or one a base already gives the instances, is refused
# by type_new in each version's words; a class whose __module__ is the builtins module shows no module
# in its repr.
from __future__ import print_function


def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", cls.__name__, sorted(k for k in cls.__dict__ if k in ("__dict__", "__weakref__")))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def twice_dict():
    class C(object):
        __slots__ = ("__dict__", "__dict__")
    return C


def twice_weakref():
    class C(object):
        __slots__ = ("__weakref__", "x", "__weakref__")
    return C


class Plain(object):
    pass


def dict_again():
    class C(Plain):
        __slots__ = ("__dict__",)
    return C


def weakref_again():
    class C(Plain):
        __slots__ = ("__weakref__",)
    return C


def weakref_on_int():
    class C(int):
        __slots__ = ("__weakref__",)
    return C


def dict_on_int():
    class C(int):
        __slots__ = ("__dict__",)
    return C


def fine():
    class C(object):
        __slots__ = ("__dict__", "__weakref__", "a")
    return C


def slotted_base():
    class B(object):
        __slots__ = ("a",)

    class C(B):
        __slots__ = ("__dict__",)
    return C


for label, make in [("twice_dict", twice_dict), ("twice_weakref", twice_weakref), ("dict_again", dict_again),
                    ("weakref_again", weakref_again), ("weakref_on_int", weakref_on_int), ("dict_on_int", dict_on_int),
                    ("fine", fine), ("slotted_base", slotted_base)]:
    attempt(label, make)


class Shown(object):
    pass


print(repr(Shown), Shown.__module__)
Shown.__module__ = "builtins"
print(repr(Shown))
Shown.__module__ = "__builtin__"
print(repr(Shown))
Shown.__module__ = "pkg.mod"
print(repr(Shown), repr(Shown()).split(" object")[0])
