# Builtins refusing arguments of the wrong kind, in each version's words.
from __future__ import print_function


class NoLen(object):
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)


class RevNone(object):
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


class Seq(object):
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("enumerate start 1.5", lambda: list(enumerate("ab", 1.5)))
attempt("enumerate start None", lambda: list(enumerate("ab", None)))
attempt("enumerate start '1'", lambda: list(enumerate("ab", "1")))
attempt("enumerate start True", lambda: list(enumerate("ab", True)))
attempt("reversed no len", lambda: list(reversed(NoLen())))
attempt("reversed None", lambda: list(reversed(RevNone())))
attempt("reversed seq", lambda: list(reversed(Seq())))
attempt("reversed int", lambda: reversed(5))
attempt("delattr int.real", lambda: delattr(1, "real"))
attempt("setattr int.real", lambda: setattr(1, "real", 2))
attempt("delattr complex.imag", lambda: delattr(1j, "imag"))
attempt("setattr complex.imag", lambda: setattr(1j, "imag", 1))
attempt("delattr slice.start", lambda: delattr(slice(1), "start"))
attempt("setattr float.real", lambda: setattr(1.5, "real", 1))
if str is not bytes:
    attempt("setattr range.start", lambda: setattr(range(3), "start", 1))
attempt("int base str", lambda: int("5", base="x"))
attempt("int base float", lambda: int("5", 2.0))
attempt("int base 1", lambda: int("5", 1))
attempt("zip kw", lambda: zip(a=1))
attempt("map kw", lambda: map(len, [], a=1))
attempt("filter kw", lambda: filter(None, [], a=1))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object.__new__(list)", lambda: object.__new__(list))
attempt("object.__new__(Seq)", lambda: type(object.__new__(Seq)).__name__)
