# Inheritance with new-style classes: overriding, super(C, self) chains, MRO, class attributes.
from __future__ import print_function
class Base(object):
    kind = "base"
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)
    def describe(self):
        return "%s(%s)" % (self.kind, self.name)
    def greet(self):
        return "hello from Base"
class Left(Base):
    kind = "left"
    def __init__(self, name):
        print("Left.__init__ before")
        super(Left, self).__init__(name)
        print("Left.__init__ after")
    def greet(self):
        return "Left+" + super(Left, self).greet()
class Right(Base):
    def __init__(self, name):
        print("Right.__init__")
        super(Right, self).__init__(name.upper())
    def greet(self):
        return "Right+" + super(Right, self).greet()
class Diamond(Left, Right):
    def __init__(self, name):
        print("Diamond.__init__")
        super(Diamond, self).__init__(name)
    def greet(self):
        return "Diamond+" + super(Diamond, self).greet()
d = Diamond("dia")
print(d.name, d.kind, d.describe())
print(d.greet())
print([c.__name__ for c in Diamond.__mro__])
l = Left("lefty")
print(l.describe(), l.greet())
r = Right("righty")
print(r.describe(), r.greet())
print(isinstance(d, Left), isinstance(d, Right), isinstance(l, Right))
print(issubclass(Diamond, Base), issubclass(Base, Diamond), issubclass(Left, (Right, Base)))
class Counter(object):
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.instances_seen = Counter.instances
class Sub(Counter):
    def __init__(self, extra):
        Counter.__init__(self)
        self.extra = extra
s1, s2 = Sub("a"), Sub("b")
print(Counter.instances, Sub.instances, s1.instances_seen, s2.instances_seen, s2.extra)
class Shape(object):
    def area(self):
        raise NotImplementedError("area")
    def __str__(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
class Cube(Square):
    def area(self):
        return 6 * super(Cube, self).area()
for shape in (Square(3), Cube(2)):
    print(str(shape))
try:
    print(Shape())
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Cube.__bases__[0].__name__, Cube.__name__, type(Cube(1)) is Cube)
