class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vec(%s, %s)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, int):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with %r" % (o,))
        return self.__add__(o)
    def __iadd__(self, o):
        print("iadd")
        self.x += o.x
        self.y += o.y
        return self
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return self.x * self.x + self.y * self.y
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b)
print(a + 10)
print(10 + a)
print(sum([a, b, Vec(5, 5)]))
c = a
c += b
print(c is a)
print(a)
print(b - a)
print(a * 3)
print(3 * a)
print(-a)
print(abs(b))
print(b % 2)
v = Vec(0, 0)
v -= Vec(1, 1)
print(v)
print(a + "str")
