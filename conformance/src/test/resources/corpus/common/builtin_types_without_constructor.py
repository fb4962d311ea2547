# Builtin types with no tp_new of their own right under object (generators, builtin functions, bound
# method-wrappers, descriptors, iterators, frames) cannot be called: CPython does not hand them object's
# constructor, so calling one, or a class statement whose base is an instance of one, says
# "cannot create 'X' instances" (2.7 prefixes a class statement's error with "Error when calling the
# metaclass bases").
from __future__ import print_function
import sys


def gen():
    yield 1


class A(object):
    def m(self):
        return 1


def show(label, f):
    try:
        r = f()
        print(label, "made", type(r).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)


kinds = [
    ("builtin function", type(len)),
    ("generator", type(gen())),
    ("method-wrapper", type((1).__add__)),
    ("wrapper descriptor", type(int.__add__)),
    ("method descriptor", type(str.upper)),
    ("getset descriptor", type(A.__dict__["__dict__"])),
    ("list iterator", type(iter([]))),
    ("tuple iterator", type(iter(()))),
    ("frame", type(sys._getframe())),
]
for label, t in kinds:
    show(label + "()", lambda: t())
    show(label + "(1)", lambda: t(1))
    show(label + "(x=1)", lambda: t(x=1))

# types that do have a constructor still make instances
for t, args in [(object, ()), (type(None), ()) if sys.version_info[0] > 2 else (int, ()), (list, ("ab",)),
                (type(A().m), (len, 1)) if sys.version_info[0] > 2 else (tuple, ())]:
    show(t.__name__, lambda: t(*args))
show("NoneType(1)", lambda: type(None)(1))


def class_with_base(base):
    class Z(base):
        pass
    return Z


show("class Z(len)", lambda: class_with_base(len))
show("class Z((1).__add__)", lambda: class_with_base((1).__add__))
show("class Z(gen())", lambda: class_with_base(gen()))
