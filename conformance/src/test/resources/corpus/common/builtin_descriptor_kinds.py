# Builtin types' methods as CPython exposes them: a type slot's method is a wrapper_descriptor ("slot
# wrapper"), bound it is a method-wrapper; other methods are method_descriptors, bound builtin methods.
from __future__ import print_function


def show(label, obj):
    r = repr(obj)
    at = r.find(" at 0x")
    if at >= 0:
        r = r[:at] + " at 0x...>"
    print("%-24s %-28s %s" % (label, type(obj).__name__, r))


show("float.__add__", float.__add__)
show("tuple.__getitem__", tuple.__getitem__)
show("list.__len__", list.__len__)
show("object.__init__", object.__init__)
show("object.__repr__", object.__repr__)
show("object.__hash__", object.__hash__)
show("list.append", list.append)
show("str.upper", str.upper)
show("list.__getitem__", list.__getitem__)
show("dict.__contains__", dict.__contains__)
show("(1.5).__add__", (1.5).__add__)
show("[].__len__", [].__len__)
show("[].append", [].append)
show("{}.__contains__", {}.__contains__)
print(float.__add__(1.5, 2.0), (1.5).__add__(2.0), list.__len__([1, 2, 3]), [4].__len__())
print(type(float.__add__) is type(tuple.__getitem__), type(list.append) is type(float.__add__))
print(type((1.5).__add__) is type([].__len__), type([].append) is type(len))
