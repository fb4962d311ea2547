# property's own members and methods live on the type: dir(property), property.fget as a
# read-only member, property.setter(p, f) called through the type.
class C(object):
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        "the x"
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    @x.deleter
    def x(self):
        print("del x")


c = C()
c.x = 5
print(c.x)
del c.x
print(C.x.__doc__)
print(C.x.fget.__name__)
print(C.x.fdel is not None)
print(property.fget.__get__(C.x, property) is C.x.fget)
print(sorted(a for a in dir(property) if not a.startswith("__")))
p2 = property.setter(C.x, lambda s, v: None)
print(p2.fget is C.x.fget)
print(property(None).fget)
for attr in ["fget", "fset", "fdel"]:
    try:
        setattr(C.x, attr, None)
    except (AttributeError, TypeError) as e:
        print("%s %s" % (type(e).__name__, e))
try:
    C.x.setter()
except TypeError as e:
    print(e)
