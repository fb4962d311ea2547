# Deleting an attribute that is not there: each version's words, which depend on where the lookup failed.
from __future__ import print_function
import sys


class P(object):
    pass


class Q(object):
    __slots__ = ("a",)


class Old:
    pass


def attempt(label, fn):
    try:
        fn()
        print(label, "deleted")
    except AttributeError as e:
        print(label, "AttributeError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)


p = P()
p.x = 1
attempt("instance with a dict", lambda: delattr(p, "nothing"))
del p.x
attempt("instance emptied", lambda: delattr(p, "x"))
attempt("slot never set", lambda: delattr(Q(), "a"))
attempt("not a slot", lambda: delattr(Q(), "b"))
attempt("class", lambda: delattr(P, "nothing"))
attempt("old-style class", lambda: delattr(Old, "nothing"))
attempt("old-style instance", lambda: delattr(Old(), "nothing"))
m = type(sys)("mm")
attempt("module", lambda: delattr(m, "nothing"))
m.y = 2
attempt("module attribute", lambda: delattr(m, "y"))
print(hasattr(m, "y"))


def f():
    pass


attempt("function", lambda: delattr(f, "nothing"))
attempt("int", lambda: delattr(1, "nothing"))
attempt("list", lambda: delattr([], "append"))
