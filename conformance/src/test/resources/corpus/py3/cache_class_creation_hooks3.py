# Class attributes written while a class is being made (a metaclass's __prepare__ namespace,
# __set_name__, __init_subclass__), then changed after first use: pyvm caches lookups per type.


class Named:
    def __set_name__(self, owner, name):
        # writes another attribute into the class being made
        setattr(owner, name + "_seen", "set_name " + name)

    def __get__(self, obj, objtype=None):
        return "descriptor " + type(self).__name__


class Recorder(dict):
    def __setitem__(self, key, value):
        if key == "tagged":
            value = "tagged by __prepare__"
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Recorder()


class Base:
    marker = "base"

    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.marker = "init_subclass " + cls.__name__


class C(Base, metaclass=Meta):
    tagged = "as written"
    attr = Named()

    def method(self):
        return "C.method"


c = C()
print(C.tagged, c.tagged, C.marker, c.marker)
print(c.attr, C.attr_seen, c.attr_seen)
print(c.method())

C.tagged = "changed"
C.attr_seen = "changed too"
Base.marker = "base changed"
print(C.tagged, c.tagged, C.marker, c.marker, Base().marker, c.attr_seen)
del C.marker
print(C.marker, c.marker)
C.method = lambda self: "replaced"
print(c.method())
type.__setattr__(C, "method", lambda self: "via type.__setattr__")
print(c.method())


class D(C):
    pass


d = D()
print(D.marker, d.marker, d.method(), d.attr, d.attr_seen)
C.method = lambda self: "C again"
C.attr = "plain now"
print(d.method(), d.attr)


# __set_name__ of an attribute set later is not called; the value is still found
class Late:
    pass


Late.late = Named()
print(Late().late, hasattr(Late, "late_seen"))


# super() finds a base method replaced after first use
class P:
    def hello(self):
        return "P.hello"


class Q(P):
    def hello(self):
        return "Q+" + super().hello()


q = Q()
print(q.hello())
P.hello = lambda self: "P.hello2"
print(q.hello())
