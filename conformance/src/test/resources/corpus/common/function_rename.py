# Renaming a function (as decorators do): __name__ (2.7 also func_name) must be a str, the repr follows the
# name (2.7) or the qualified name (3.x), and deleting either is a TypeError.
from __future__ import print_function


def copy_name(fn):
    def wrapper(*args):
        return fn(*args)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


@copy_name
def hello():
    "says hello"
    return "hi"


print(hello.__name__, hello.__doc__, hello())
print(repr(hello).split()[1])


def k():
    pass


k.__name__ = "renamed"
print(k.__name__, repr(k).split()[1], sorted(k.__dict__))
if hasattr(k, "func_name"):
    k.func_name = "via_func_name"
    print(k.__name__, k.func_name, repr(k).split()[1], sorted(k.__dict__))
if hasattr(k, "__qualname__"):
    k.__qualname__ = "Outer.renamed"
    print(k.__qualname__, repr(k).split()[1])


class Name(str):
    pass


k.__name__ = Name("subclass_name")
print(k.__name__, type(k.__name__).__name__)
for bad in [5, None, b"bytes" if str is not bytes else u"unicode"]:
    try:
        k.__name__ = bad
        print("accepted", repr(bad))
    except TypeError as e:
        print("TypeError", e)
for attr in ["__name__", "__qualname__", "func_name"]:
    if not hasattr(k, attr):
        continue
    try:
        delattr(k, attr)
        print("deleted", attr)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(k.__name__)


class C(object):
    def method(self):
        return 1


C.method.__name__ if str is bytes else None
f = C.__dict__["method"]
f.__name__ = "meth"
print(f.__name__, repr(C().method).split()[2])
