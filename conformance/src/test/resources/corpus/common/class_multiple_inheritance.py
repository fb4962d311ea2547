# Multiple inheritance: C3 method resolution order and cooperative super().
class Base(object):
    def hello(self):
        return ["Base"]

class Left(Base):
    def hello(self):
        return ["Left"] + super(Left, self).hello()

class Right(Base):
    def hello(self):
        return ["Right"] + super(Right, self).hello()

class Child(Left, Right):
    def hello(self):
        return ["Child"] + super(Child, self).hello()

class Mixin(object):
    def tag(self):
        return "mixin:" + self.name()

class Named(object):
    def name(self):
        return type(self).__name__

class Thing(Mixin, Named):
    pass

print(Child().hello())
print([k.__name__ for k in Child.__mro__])
print(Thing().tag())
print(isinstance(Child(), Right))
print(Child.hello is not Left.hello)
print(super(Left, Child()).hello())
