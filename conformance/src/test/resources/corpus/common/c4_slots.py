class Point(object):
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(1, 2)
print(p)
p.x = 10
print(p.x)
print(hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError on z")
del p.y
try:
    print(p.y)
except AttributeError:
    print("y is unset")
p.y = 7
print(p)

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super(Point3, self).__init__(x, y)
        self.z = z
    def __repr__(self):
        return "Point3(%r, %r, %r)" % (self.x, self.y, self.z)

q = Point3(1, 2, 3)
print(q)
print(Point3.__slots__)
try:
    q.w = 1
except AttributeError:
    print("no w")

class Loose(Point):
    pass
l = Loose(4, 5)
l.w = 6
print(l.w)
print(sorted(l.__dict__))
print(type(Point.x).__name__)
