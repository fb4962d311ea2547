# dir(): an instance's dict merged with its class and bases (sorted), a class's own __dir__, modules, no arguments


class Base(object):
    kind = 'base'

    def describe(self):
        return self.kind


class Point(Base):
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


class Custom(object):
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


class Slotted(object):
    __slots__ = ('a', 'b')


p = Point(1, 2)
names = dir(p)
print(names == sorted(names))
print([n for n in names if not n.startswith('__')])
print([n for n in dir(Point) if not n.startswith('__')])
print('__class__' in names, '__dict__' in names, '__weakref__' in names, '__init__' in names, '__doc__' in names)
print('__dict__' in dir(Slotted()), [n for n in dir(Slotted()) if not n.startswith('__')])
print(dir(Custom()))
print(sorted(set(dir(p)) - set(dir(object()))))
print(sorted(set(dir(Point)) - set(dir(object))))
print('x' in dir(p), 'x' in dir(Point))
p.extra = 5
print([n for n in dir(p) if not n.startswith('_')])


def local_names():
    first = 1
    second = 2
    return dir()


print(local_names())
import sys
print('argv' in dir(sys), 'path' in dir(sys))
try:
    dir(1, 2)
except TypeError as e:
    print('TypeError')
