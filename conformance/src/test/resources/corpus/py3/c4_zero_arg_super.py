class Base:
    def __init__(self, name):
        self.name = name
        print(f"Base.__init__({name})")
    def describe(self):
        return f"Base:{self.name}"
    @classmethod
    def make(cls, name):
        return cls(name)

class Left(Base):
    def describe(self):
        return "Left>" + super().describe()

class Right(Base):
    def __init__(self, name):
        super().__init__(name.upper())
    def describe(self):
        return "Right>" + super().describe()

class Both(Left, Right):
    def describe(self):
        return "Both>" + super().describe()
    @classmethod
    def make(cls, name):
        print("Both.make")
        return super().make(name + "!")

b = Both("x")
print(b.describe())
print(Both.make("y").describe())
print([c.__name__ for c in Both.__mro__])

class Shower:
    def whoami(self):
        return __class__.__name__
    def cell(self):
        return __class__
class Sub(Shower):
    pass
print(Sub().whoami())
print(Sub().cell() is Shower)

class Comp(Base):
    def names(self):
        out = []
        for _ in range(2):
            out.append(super().describe())
        return out
print(Comp("c").names())

def outside(self):
    return super().describe()
class Late(Base):
    pass
Late.outside = outside
Late("late").outside()
