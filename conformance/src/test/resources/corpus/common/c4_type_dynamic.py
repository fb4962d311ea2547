def init(self, v):
    self.v = v

def show(self):
    return "%s<%r>" % (type(self).__name__, self.v)

Base = type("Base", (object,), {"__init__": init, "show": show, "kind": "base"})
b = Base(3)
print(b.show())
print(Base.kind)
print(Base.__name__)
print(type(Base).__name__)

Derived = type("Derived", (Base,), {"kind": "derived", "double": lambda self: self.v * 2})
d = Derived(21)
print(d.show())
print(d.double())
print(d.kind)
print(isinstance(d, Base))
print(issubclass(Derived, Base))
print([c.__name__ for c in Derived.__mro__])

class Mixin(object):
    def mix(self):
        return "mixed " + self.show()

Combo = type("Combo", (Mixin, Derived), {})
c = Combo("z")
print(c.mix())
print(Combo.__bases__ == (Mixin, Derived))
print(type(c) is Combo)
print(type(5) is int)
print(type("s") == str)
print(isinstance(c, (int, Mixin)))
print(issubclass(bool, int))
print(issubclass(Combo, (str, Base)))
print(isinstance(Combo, type))
Empty = type("Empty", (), {})
print(Empty().__class__.__name__)
print(sorted(k for k in Combo.__dict__ if not k.startswith("__")))
type("Bad", (5,), {})
