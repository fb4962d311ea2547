# staticmethod() and classmethod() take exactly one positional argument and no keyword. 2.7 and 3.6 count
# the positionals first, in PyArg_UnpackTuple's words ("expected 1 arguments", always plural before 3.8),
# and only then refuse keywords; 3.10+ refuses keywords first and says "1 argument".
from __future__ import print_function


def f(x):
    return x * 2


def show(make):
    try:
        r = make()
        print("ok", type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)


for kind in (staticmethod, classmethod):
    show(lambda: kind())
    show(lambda: kind(f, f))
    show(lambda: kind(1, 2, 3))
    show(lambda: kind(f))
    show(lambda: kind(f, x=1))
    show(lambda: kind(x=f))
    show(lambda: kind(*[f]))
    show(lambda: kind(*[]))
    show(lambda: kind(**{"function": f}))


class C(object):
    s = staticmethod(f)
    c = classmethod(lambda cls, y: (cls.__name__, y))


print(C.s(3), C().s(4), C.c(5), C().c(6))
print(staticmethod(f).__func__ is f, classmethod(f).__func__ is f)
