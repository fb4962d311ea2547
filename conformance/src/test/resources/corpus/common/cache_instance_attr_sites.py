# One LOAD_ATTR / STORE_ATTR / method-call site meeting many classes and every change a class or an instance
# can go through between two runs of it (pyvm keeps a per-instruction cache for instances of plain classes).


class A(object):
    kind = "A.kind"

    def __init__(self, v):
        self.v = v

    def get(self):
        return "A.get %r" % (self.v,)


class B(A):
    kind = "B.kind"

    def get(self):
        return "B.get %r" % (self.v,)


class Slotted(object):
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return "Slotted.get %r" % (self.v,)


def read(o):
    return o.v


def read_kind(o):
    return o.kind


def write(o, value):
    o.v = value


def call(o):
    return o.get()


def site_run(tag, objs):
    out = []
    for o in objs:
        try:
            write(o, read(o) * 2 if isinstance(read(o), int) else read(o))
            out.append((read(o), read_kind(o) if hasattr(o, "kind") else None, call(o)))
        except AttributeError as e:
            out.append(("AttributeError", str(e)))
    print(tag, out)


a, b, s = A(1), B(2), Slotted(3)
site_run("start", [a, b, s, a, b])

# an instance attribute shadows the class's method, then goes away again
a.get = lambda: "instance get"
site_run("shadow method", [a, b])
del a.get
site_run("unshadow", [a, b])

# the class's method is replaced, and a class attribute changes
A.get = lambda self: "new A.get %r" % (self.v,)
A.kind = "A.kind changed"
site_run("replaced", [a, b])

# a property appears on the base class for the name the sites read and write
def _getv(self):
    return ("prop", self.__dict__.get("v"))


def _setv(self, value):
    self.__dict__["v"] = value if not isinstance(value, tuple) else value[1]


A.v = property(_getv, _setv)
site_run("property", [a, b])
del A.v
site_run("property removed", [a, b])

# __setattr__ and __getattribute__ arrive later
def _setattr(self, name, value):
    object.__setattr__(self, name, ("set", value) if not isinstance(value, tuple) else value)


B.__setattr__ = _setattr
site_run("__setattr__", [a, b])
del B.__setattr__


def _getattribute(self, name):
    value = object.__getattribute__(self, name)
    return ("got", value) if name == "kind" else value


B.__getattribute__ = _getattribute
site_run("__getattribute__", [a, b])
del B.__getattribute__

# __getattr__ answers a missing attribute
class C(object):
    def __getattr__(self, name):
        return "C.__getattr__(%s)" % name


c = C()
print("missing via __getattr__", read(c), read_kind(c))
c.v = 5
print("present", read(c))

# the instance changes class, and its dict is replaced through __dict__
a.__class__ = B
site_run("class changed", [a])
a.__dict__["v"] = 100
site_run("__dict__ written", [a])
del a.v
try:
    read(a)
except AttributeError as e:
    print("deleted:", e)
B.v = "class-level v"
print("class attr after delete:", read(a), read(b))

# plain class values replaced in place (a counter kept on the class) while the sites above keep their caches
class Counter(object):
    n = 0
    label = "c"

    def __init__(self):
        Counter.n += 1
        self.mine = Counter.n


class SubCounter(Counter):
    label = "sub"


def snapshot(objs):
    return [(o.n, o.label, o.mine) for o in objs]


objs = [Counter(), SubCounter(), Counter()]
print("counter", Counter.n, SubCounter.n, snapshot(objs))
Counter.label = 3.5
SubCounter.n = "own"
print("replaced", Counter.n, SubCounter.n, snapshot(objs))
Counter.n = len
print("now a builtin", [o.n is len for o in objs], SubCounter.n)
Counter.n = (1, 2)
del SubCounter.n
print("tuple", snapshot(objs))
objs[0].n = "instance"
Counter.n = None
print("instance wins", snapshot(objs))
