# classes: many small objects, method calls, properties, inheritance with super(),
# __eq__/__hash__ as dict keys, operator overloading, class attributes, isinstance.
from __future__ import print_function, division
import sys

N = 120000  # size: objects created per phase


class Point(object):
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Point(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Shape(object):
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.name + ":" + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super(Rect, self).__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super(Square, self).__init__(s, s)
        self.name = "square"

    def area(self):
        return super(Square, self).area() + 1


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Counter(object):
    def __init__(self):
        self._value = 0

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v % 1000003

    def bump(self, k=1):
        self.value = self.value + k
        return self


def phase_points(n):
    acc = Point(0, 0)
    seen = {}
    pts = []
    for i in range(n):
        p = Point(i % 97, (i * 7) % 89)
        q = p * 3 - Point(1, 2)
        acc = acc + q
        seen[p] = seen.get(p, 0) + 1
        if i % 50 == 0:
            pts.append(q)
    pts.sort()
    total = acc.x * 31 + acc.y + len(seen) + acc.norm1 % 1000
    total += sum(p.dot(Point(1, 1)) for p in pts[:100])
    total += sum(1 for p in pts if p != pts[0])
    return total


def phase_shapes(n):
    shapes = []
    for i in range(n):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i % 11 + 1, i % 7 + 1))
        elif k == 1:
            shapes.append(Square(i % 13 + 1))
        else:
            shapes.append(Circle(i % 5 + 1))
    total = 0
    names = {}
    for s in shapes:
        total += s.area()
        if isinstance(s, Rect):
            total += s.perimeter
        d = s.describe()
        names[d] = names.get(d, 0) + 1
    return total + len(names)


def phase_counter(n):
    c = Counter()
    for i in range(n):
        c.bump(i).bump()
    return c.value


def main(n):
    Point.count = 0
    a = phase_points(n)
    b = phase_shapes(n)
    c = phase_counter(n)
    return "n=%d points=%d shapes=%d counter=%d made=%d" % (n, a % 1000000007, b, c, Point.count)


if __name__ == '__main__':
    if len(sys.argv) > 1:
        N = int(sys.argv[1])
    print(main(N))
