# A class that defines __eq__ in its body gets __hash__ = None when it is made (3.x), so its instances are
# unhashable; an __eq__ assigned to the class afterwards (as a decorator would) leaves the inherited
# __hash__ in place. (2.7 decides hashability by __hash__ alone for new-style classes.)
from __future__ import print_function


class Defined(object):
    def __eq__(self, other):
        return isinstance(other, Defined)


class Later(object):
    pass


Later.__eq__ = lambda self, other: isinstance(other, Later)


class Number(int):
    pass


Number.__eq__ = lambda self, other: True


class Typed(type("Base", (object,), {"__eq__": lambda self, other: True})):
    pass


def add_equality(cls):
    cls.__eq__ = lambda self, other: vars(self) == vars(other)
    return cls


@add_equality
class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y


for label, make in [("Defined", Defined), ("Later", Later), ("Number", lambda: Number(5)), ("Typed", Typed),
                    ("Point", lambda: Point(1, 2))]:
    obj = make()
    try:
        h = hash(obj)
        print(label, "hashable", h == hash(obj), "__hash__ in dict:", "__hash__" in type(obj).__dict__)
    except TypeError as e:
        print(label, "TypeError", e)
print(Later() == Later(), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Number(3) == 4)
print(len({Point(1, 2), Point(1, 2)}), len({Later(), Later()}))
