from __future__ import print_function, division
import math


class Turtle(object):
    """A pen on the plane: walks forward, turns by degrees, records where it has been."""

    def __init__(self, x=0.0, y=0.0, heading=0):
        self.x, self.y, self.heading = x, y, heading
        self.trail = [(x, y)]

    def forward(self, dist):
        if dist < 0:
            raise ValueError('forward() wants a non-negative distance, got %r' % (dist,))
        rad = math.radians(self.heading)
        self.x += dist * math.cos(rad)
        self.y += dist * math.sin(rad)
        self.trail.append((self.x, self.y))
        return self

    def right(self, degrees):
        self.heading = (self.heading + degrees) % 360
        return self

    def bounds(self):
        xs = [p[0] for p in self.trail]
        ys = [p[1] for p in self.trail]
        return min(xs), min(ys), max(xs), max(ys)

    def length(self):
        return sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(self.trail, self.trail[1:]))


def polygon_area(points):
    area = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        area += x1 * y2 - x2 * y1
    return abs(area) / 2


t = Turtle()
for step in range(8):
    t.forward(10).right(99)
    print('step %d heading %3d sin=%r cos=%r' % (step, t.heading, math.sin(math.radians(t.heading)),
                                                    math.cos(math.radians(t.heading))))
print('end at (%.6f, %.6f), path %.4f' % (t.x, t.y, t.length()))
print('bounds', tuple(round(b, 3) for b in t.bounds()))

square = Turtle()
for _ in range(4):
    square.forward(5).right(90)
print('square closes:', [tuple(round(c, 9) for c in p) for p in square.trail])
print('square area %.6f' % polygon_area(square.trail[:-1]))
for sides in (3, 5, 6, 12):
    poly = Turtle()
    for _ in range(sides):
        poly.forward(1).right(360 / sides)
    err = math.hypot(poly.x, poly.y)
    print('%2d-gon area %.6f perimeter %.3f closing error %s' % (
        sides, polygon_area(poly.trail[:-1]), poly.length(), 'tiny' if err < 1e-9 else err))
angles = [183, 297, 45, 30]
print([math.sin(math.radians(a)) for a in angles])
print([math.cos(math.radians(a)) for a in angles], math.sin(math.pi), math.cos(math.pi / 3))
Turtle().forward(3).right(45).forward(-1)
