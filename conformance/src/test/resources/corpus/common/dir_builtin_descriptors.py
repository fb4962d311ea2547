# dir() of builtin kinds of values lists the names CPython's types hold as getset, member and slot
# descriptors (a function's __name__ and __dict__, a generator's gi_frame, a class's __mro__, an
# exception's __dict__, OSError's errno...), every name dir() lists can be fetched, and int.real,
# slice.start... are descriptors when read through the class.
from __future__ import print_function
import sys


def f(a, b=1):
    return a


def g():
    yield 1


class C(object):
    def m(self):
        pass

    @property
    def p(self):
        return 1


lam = lambda: 0
print(dir(f))
print(dir(lam))
print(dir(super(C, C())))
print(dir(None))
print(dir(C()))
names = ["__name__", "__qualname__", "__dict__", "__module__", "__call__", "__get__", "__self__", "__func__",
         "gi_frame", "gi_code", "gi_running", "__mro__", "__bases__", "__base__", "errno", "strerror", "filename",
         "encoding", "reason", "start", "end", "object", "__isabstractmethod__", "__thisclass__", "im_func"]
objs = [("function", f), ("generator", g()), ("type", type), ("Exception", Exception("x")), ("OSError", OSError(2, "no")),
        ("IOError", IOError(2, "no", "f")), ("UnicodeDecodeError", UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")),
        ("builtin", len), ("bound method", C().m), ("property", C.__dict__["p"]),
        ("method-wrapper", (1).__add__), ("KeyError", KeyError("k"))]
for label, o in objs:
    listed = dir(o)
    bad = []
    for n in listed:
        try:
            getattr(o, n)
        except AttributeError:
            bad.append(n)
    print(label, [n for n in names if n in listed], [n for n in bad if n in names])


class MyInt(int):
    pass


for d in [int.real, int.imag, int.numerator, int.denominator, MyInt.real, bool.imag, float.real, float.imag,
          complex.real, complex.imag, slice.start, slice.stop, slice.step]:
    print(d, type(d).__name__)
print(hasattr(int, "real"), (5).real, True.imag, MyInt(3).numerator, getattr(float, "nope", "-"))
print([n for n in dir(int) if not hasattr(int, n)], [n for n in dir(slice) if not hasattr(slice, n)])
f.attr = 1
print([n for n in dir(f) if not n.startswith("_")], "attr" in dir(f))
