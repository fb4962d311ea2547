# Every way a class attribute can change after it was first looked up (pyvm caches lookups per type):
# each change must be seen at once, by the class, its instances and its subclasses.


class Base(object):
    x = 1

    def m(self):
        return "Base.m"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


def show(tag):
    leaf = Leaf()
    print(tag, Base.x, Mid.x, Leaf.x, leaf.x, leaf.m(), Leaf().m())


def loop_read(obj, n):
    # the same instruction reads the attribute before and after the change
    out = []
    for i in range(n):
        out.append(obj.x)
        if i == 1:
            type(obj).x = "changed-in-loop"
    return out


show("start")
Base.x = 2
show("Base.x = 2")
setattr(Base, "x", 3)
show("setattr")
type.__setattr__(Base, "x", 4)
show("type.__setattr__")
Mid.x = "mid"
show("Mid.x")
del Mid.x
show("del Mid.x")
Leaf.x = "leaf"
show("Leaf.x")
delattr(Leaf, "x")
show("delattr Leaf.x")


def other_m(self):
    return "replaced " + type(self).__name__


Base.m = other_m
show("Base.m replaced")
Mid.m = lambda self: "Mid lambda"
show("Mid.m")
del Mid.m
del Base.m
try:
    Leaf().m()
except AttributeError as e:
    print("no m:", e)
Base.m = other_m
show("Base.m back")


class Holder(object):
    x = "class"


h = Holder()
print(loop_read(h, 4))
print(Holder.x)

# a method called through the bound-method path many times, then replaced
class Counter(object):
    def step(self):
        return 1


c = Counter()
total = 0
for i in range(6):
    total += c.step()
    if i == 2:
        Counter.step = lambda self: 100
print("total", total)

# an instance attribute shadows, then a data descriptor added to the class wins
class P(object):
    pass


p = P()
p.v = "instance"
print(p.v)
P.v = property(lambda self: "property")
print(p.v)
del P.v
print(p.v)

# __class__ assignment: the new class's attributes, and later changes to it
class A(object):
    kind = "A"

    def who(self):
        return "A.who"


class B(object):
    kind = "B"

    def who(self):
        return "B.who"


o = A()
print(o.kind, o.who())
o.__class__ = B
print(o.kind, o.who())
B.kind = "B2"
B.who = lambda self: "B.who2"
print(o.kind, o.who())
o.__class__ = A
print(o.kind, o.who())

# a class made by type() and changed through its bases
T = type("T", (Base,), {"y": 1})
t = T()
print(t.x, t.y)
Base.x = "via base"
T.y = 2
print(t.x, t.y, T.x)

# dunder methods looked up by operators and builtins
class Num(object):
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return "add1"

    def __len__(self):
        return 1

    def __repr__(self):
        return "Num1"


n = Num(1)
print(n + n, len(n), repr(n))
Num.__add__ = lambda self, other: "add2"
Num.__len__ = lambda self: 2
Num.__repr__ = lambda self: "Num2"
print(n + n, len(n), repr(n))
del Num.__len__
try:
    len(n)
except TypeError as e:
    print("TypeError", e)
