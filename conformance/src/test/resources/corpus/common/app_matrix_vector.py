from __future__ import print_function
import math


class Vector(object):
    def __init__(self, *coords):
        self.coords = tuple(coords)

    def __len__(self):
        return len(self.coords)

    def __iter__(self):
        return iter(self.coords)

    def __getitem__(self, i):
        return self.coords[i]

    def __add__(self, other):
        if len(self) != len(other):
            raise ValueError("dimension mismatch: %d vs %d" % (len(self), len(other)))
        return Vector(*[a + b for a, b in zip(self, other)])

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*[-a for a in self])

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*[a * k for a in self])

    __rmul__ = __mul__

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.coords)

    def __bool__(self):
        return any(self.coords)
    __nonzero__ = __bool__

    def __repr__(self):
        return "Vector(%s)" % ", ".join(repr(c) for c in self.coords)


class Matrix(object):
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        widths = set(len(r) for r in self.rows)
        if len(widths) != 1:
            raise ValueError("ragged rows: %s" % sorted(widths))

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __matmul_impl(self, other):
        if isinstance(other, Vector):
            return Vector(*[Vector(*r) * other for r in self.rows])
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply %dx%d by %dx%d" % (n, m, m2, p))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        return self.__matmul_impl(other)

    def __rmul__(self, k):
        return self * k

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)

    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)


v = Vector(1, 2, 3)
w = Vector(4, -5, 6.5)
print(v + w, v - w, -v, v * 2, 3 * v, v * w)
print(abs(Vector(3, 4)), bool(Vector(0, 0)), bool(v), v == Vector(1, 2, 3), v != w)
print(len({v, Vector(1, 2, 3), w}), list(v), v[1], v[-1], v[0:2])
try:
    v + Vector(1, 2)
except ValueError as e:
    print("ValueError:", e)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a * b)
print(repr(a * 2), repr(0.5 * a))
print(a.transpose() == Matrix([[1, 3], [2, 4]]), a.shape, a[1, 0])
fibm = Matrix([[1, 1], [1, 0]]) ** 80
print(fibm[0, 1], fibm.shape)
print(Matrix.identity(3) * Vector(7, 8, 9))
print(Matrix([[1, 2, 3], [4, 5, 6]]) * Matrix([[1], [0], [-1]]))
for bad in ([[1, 2], [3]], [[1, 2, 3]]):
    try:
        print(Matrix(bad) * a)
    except ValueError as e:
        print("ValueError:", e)
print(a * "x")
