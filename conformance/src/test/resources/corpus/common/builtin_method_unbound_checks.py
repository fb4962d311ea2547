# A builtin type's method called unbound (list.append(lst, x)) checks its first argument as CPython's
# descr_check does: an object of the type or a subclass runs; anything else, or nothing, is a TypeError.
from __future__ import print_function
import sys


class MyList(list):
    pass


class MyDict(dict):
    pass


def attempt(label, call):
    try:
        print(label, "->", call())
    except TypeError as e:
        print(label, "-> TypeError:", e)


lst = MyList([3, 1])
list.append(lst, 2)
print(lst, type(lst).__name__)
d = MyDict(a=1)
print(dict.get(d, "a"), dict.get(d, "z", 0))
print(str.upper("abc"), str.join("-", ["a", "b"]), int.__add__(True, 1), object.__repr__(5)[:14])

attempt("list.append(1, 2)", lambda: list.append(1, 2))
attempt("list.append()", lambda: list.append())
attempt("dict.get('x', 1)", lambda: dict.get("x", 1))
attempt("str.upper(5)", lambda: str.upper(5))
attempt("set.add([], 1)", lambda: set.add([], 1))
attempt("str.join(3, [])", lambda: str.join(3, []))
attempt("float.__add__(1, 2.0)", lambda: float.__add__(1, 2.0))
attempt("dict.keys(MyList())", lambda: dict.keys(MyList()))
attempt("getattr(list, 'pop')(())", lambda: getattr(list, "pop")(()))
attempt("map(str.upper, ['a', 1])", lambda: list(map(str.upper, ["a", 1])))
attempt("sorted key=str.lower", lambda: sorted(["B", "a", 3], key=str.lower))
attempt("list.sort(key=len)", lambda: list.sort(key=len))
print(list(map(str.upper, ["x", "y"])), sorted(["B", "a"], key=str.lower))
if sys.version_info[0] == 2:
    attempt("str.upper(u'x')", lambda: str.upper(u"x"))
else:
    attempt("str.upper(b'x')", lambda: str.upper(b"x"))

# slot wrappers (tuple.__getitem__, list.__len__) keep the older messages; list.__getitem__ and
# dict.__contains__ are methods too (METH_COEXIST) and follow the version's method messages
attempt("tuple.__getitem__([], 0)", lambda: tuple.__getitem__([], 0))
attempt("list.__getitem__((), 0)", lambda: list.__getitem__((), 0))
attempt("dict.__contains__([], 1)", lambda: dict.__contains__([], 1))
attempt("list.__len__()", lambda: list.__len__())
attempt("int.__add__()", lambda: int.__add__())
print(tuple.__getitem__((7, 8), 1), list.__len__([1, 2]), dict.__contains__({1: 2}, 1))

# object.__repr__ is the default repr whatever the type's own
import collections
print(object.__repr__(5)[:15], object.__repr__([])[:16], object.__repr__(MyList())[:25])
print(object.__repr__(collections.deque())[:26], object.__repr__(len)[:35])
