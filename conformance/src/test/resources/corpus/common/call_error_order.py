# Which error a wrong call reports when it is wrong in several ways at once: 3.x looks at the keywords
# before it counts the positional arguments, 2.7 counts first.
from __future__ import print_function


def none():
    pass


def one(a):
    return a


def two_defaults(a, b=2, c=3):
    return a + b + c


def star(a, *rest):
    return a, rest


def kw(a, **extra):
    return a, sorted(extra.items())


class Box(object):
    def put(self, item):
        return item

    @staticmethod
    def make(size):
        return size


def attempt(label, call):
    try:
        print(label, "->", call())
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("none(1, a=3)", lambda: none(1, a=3))
attempt("none(a=3)", lambda: none(a=3))
attempt("one(1, 2, b=3)", lambda: one(1, 2, b=3))
attempt("one(1, 2, a=3)", lambda: one(1, 2, a=3))
attempt("one(1, a=3)", lambda: one(1, a=3))
attempt("one(1, 2)", lambda: one(1, 2))
attempt("one(b=1)", lambda: one(b=1))
attempt("two_defaults(1, 2, 3, 4, d=5)", lambda: two_defaults(1, 2, 3, 4, d=5))
attempt("two_defaults(1, 2, 3, 4, c=5)", lambda: two_defaults(1, 2, 3, 4, c=5))
attempt("two_defaults(1, 2, 3, 4)", lambda: two_defaults(1, 2, 3, 4))
attempt("two_defaults(b=1)", lambda: two_defaults(b=1))
attempt("star(1, 2, a=3)", lambda: star(1, 2, a=3))
attempt("star(1, 2, z=3)", lambda: star(1, 2, z=3))
attempt("kw(1, 2, z=3)", lambda: kw(1, 2, z=3))
attempt("kw(1, a=2)", lambda: kw(1, a=2))
attempt("kw(1, z=3)", lambda: kw(1, z=3))
attempt("Box().put(1, 2, q=3)", lambda: Box().put(1, 2, q=3))
attempt("Box().put(1, item=2)", lambda: Box().put(1, item=2))
attempt("Box().put(1, 2)", lambda: Box().put(1, 2))
attempt("Box.make(1, 2, q=3)", lambda: Box.make(1, 2, q=3))
attempt("(lambda x: x)(1, 2, y=3)", lambda: (lambda x: x)(1, 2, y=3))
args = (1, 2, 3)
opts = {"w": 4}
attempt("one(*args, **opts)", lambda: one(*args, **opts))
attempt("one(*args, **{'a': 0})", lambda: one(*args, **{"a": 0}))
attempt("two_defaults(*args, **{'b': 0})", lambda: two_defaults(*args, **{"b": 0}))
