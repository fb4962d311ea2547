class Shape(object):
    registry = []
    sides = 0

    def __init__(self, name):
        self.name = name

    @classmethod
    def create(cls, name):
        obj = cls(name)
        cls.registry.append(cls.__name__ + ":" + name)
        return obj

    @staticmethod
    def area_of_square(side):
        return side * side

    @classmethod
    def describe(cls):
        return "%s has %d sides" % (cls.__name__, cls.sides)

class Triangle(Shape):
    sides = 3

class Square(Shape):
    sides = 4
    @classmethod
    def describe(cls):
        return "square! " + super(Square, cls).describe()

t = Triangle.create("t1")
s = Square.create("s1")
print(type(t).__name__)
print(type(s).__name__)
print(Shape.registry)
print(Shape.area_of_square(5))
print(s.area_of_square(3))
print(Triangle.describe())
print(Square.describe())
print(s.describe())
print(Shape.describe())
sm = Shape.__dict__["area_of_square"]
print(type(sm).__name__)
cm = Shape.__dict__["create"]
print(type(cm).__name__)
print(Shape.area_of_square.__name__)
f = Triangle.describe
print(f())
print(Triangle.create("t2").name)
print(len(Shape.registry))
