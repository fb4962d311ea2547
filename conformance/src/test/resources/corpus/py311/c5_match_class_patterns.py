class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

class NoArgs:
    def __init__(self, v):
        self.v = v

def describe(shape):
    match shape:
        case Point3(0, 0, 0):
            return "origin3"
        case Point3(x, y, z) if z < 0:
            return "below %d,%d" % (x, y)
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return "on y axis at %d" % yy
        case Point(x, y) if x == y:
            return "diagonal %d" % x
        case Circle(Point(x, y), radius=r) if r > 10:
            return "big circle at %d,%d" % (x, y)
        case Circle(center=Point3() as c, radius=r):
            return "3d circle z=%d r=%d" % (c.z, r)
        case Circle(_, r):
            return "circle r=%d" % r
        case NoArgs(v=[first, *rest]):
            return "noargs list %r %r" % (first, rest)
        case int(n) | float(n):
            return "number %r" % n
        case str() as s:
            return "string %s" % s
        case [Point(), *others]:
            return "points list +%d" % len(others)
        case {"kind": "point", "at": (x, y)}:
            return "mapping point %d,%d" % (x, y)
        case _:
            return "unknown %s" % type(shape).__name__

for s in (Point3(0, 0, 0), Point3(1, 2, -3), Point3(4, 4, 4), Point(0, 0), Point(0, 7),
          Point(5, 5), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point3(1, 1, 9), 2),
          Circle(Point(0, 0), 3), NoArgs([1, 2, 3]), NoArgs("abc"), 7, 2.5, True, "hi",
          [Point(1, 1), 2, 3], {"kind": "point", "at": (3, 4), "extra": 0}, None):
    print(describe(s))

class Bad:
    __match_args__ = ("a",)

def strict(obj):
    match obj:
        case Bad(x, y):
            return "two"
        case _:
            return "other"

def missing(obj):
    match obj:
        case NoArgs(v):
            return v

print(strict(5))
try:
    strict(Bad())
except TypeError as e:
    print("TypeError:", e)
missing(NoArgs(1))
