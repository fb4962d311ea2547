# A builtin type's docstring lives in its own __dict__ (CPython's tp_doc), so an instance finds it along its
# MRO at its type, not at object: (1).__doc__ is int's. A class without a docstring has __doc__ None in its
# dict, which its instances see; exception classes and their instances alike; vars() and __dict__ show it.
from __future__ import print_function


def head(doc):
    return repr(doc if doc is None else doc.splitlines()[0][:40])


print("int instance:", head((1).__doc__), head(int.__doc__) == head((1).__doc__))
print("str instance:", head("x".__doc__))
print("list instance:", head([].__doc__), head(list.__doc__) == head([].__doc__))
print("dict/tuple/set:", head({}.__doc__), head(().__doc__), head(set().__doc__))
print("float/bool:", head((1.5).__doc__), head(True.__doc__))
print("object:", head(object().__doc__), head(object.__doc__))
print("exception instance:", head(ValueError("x").__doc__), head(KeyError().__doc__))
print("exception class:", head(ZeroDivisionError.__doc__), head(Exception.__doc__))


class Plain(object):
    pass


class Documented(object):
    """Says what it is."""


class MyInt(int):
    pass


class MyError(ValueError):
    pass


class MyDocError(ValueError):
    """A documented error."""


print("plain:", head(Plain.__doc__), head(Plain().__doc__))
print("documented:", head(Documented.__doc__), head(Documented().__doc__))
print("int subclass:", head(MyInt.__doc__), head(MyInt(3).__doc__))
print("error subclass:", head(MyError.__doc__), head(MyError().__doc__), head(MyDocError().__doc__))
print("in __dict__:", "__doc__" in int.__dict__, "__doc__" in ValueError.__dict__, "__doc__" in Plain.__dict__)
print("int.__dict__ doc:", head(int.__dict__["__doc__"]))
print("vars(KeyError) doc:", head(vars(KeyError)["__doc__"]))
print("getattr:", head(getattr(3, "__doc__")), hasattr([], "__doc__"))
try:
    raise MyError("boom")
except ValueError as e:
    print("caught:", head(e.__doc__), head(type(e).__mro__[1].__doc__))
