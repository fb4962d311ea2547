# Operator overloading and other special methods.
class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "<%s, %s>" % (self.x, self.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __call__(self, scale):
        return self * scale

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b)
print(repr(b - a))
print(a * 3)
print(2 * a)
print(-a)
print(a == Vec(1, 2))
print(a != b)
print(len(a))
print(a[1])
print(list(b))
print(3 in b)
print(a(10))
print(sorted([b, a, Vec(0, 9)]))
print(len(set([a, Vec(1, 2), b])))
x, y = b
print(x + y)
print([repr(v) for v in [a, b]])
