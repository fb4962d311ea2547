# The order of a new class's namespace as CPython fills it (the body, then __module__ for type(), then the
# __dict__/__weakref__ descriptors and __doc__, and last, in 3.x, the __hash__ = None of a class defining __eq__
# alone); a metaclass called as a function checks its bases' metaclasses as a class statement does; a fresh
# generator's frame is at its def line before 3.11.
from __future__ import print_function


class Point(object):
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


class Hashed(object):
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 1


print(sorted(Point.__dict__) == sorted(set(Point.__dict__)))
print([k for k in Point.__dict__ if k != "__init__"])
print(list(Hashed.__dict__))
print(Point.__hash__ is None, Hashed.__hash__ is None)

T = type("T", (), {"k": 1})
print(list(T.__dict__))
U = type("U", (T,), {"__doc__": "made", "__module__": "elsewhere"})
print(list(U.__dict__), U.__module__, U.__doc__)
V = type("V", (object,), {"__slots__": ("a", "b")})
print(list(V.__dict__))


class M1(type):
    pass


class M2(type):
    pass


class M3(M1):
    pass


A = M1("A", (object,), {})
print(type(A).__name__)
try:
    X = M2("X", (A,), {})
    print("made", type(X).__name__)
except TypeError as e:
    print(type(e).__name__, e)
Y = M3("Y", (A,), {})
print("made", type(Y).__name__)
Z = type("Z", (A,), {})
print("type() of a base with metaclass M1 gives", type(Z).__name__)
try:
    W = M2("W", (Y,), {})
    print("made", type(W).__name__)
except TypeError as e:
    print(type(e).__name__, e)


def numbers():
    yield 1
    yield 2


g = numbers()
print("fresh generator at line", g.gi_frame.f_lineno - numbers.__code__.co_firstlineno)
next(g)
print("after one next at line", g.gi_frame.f_lineno - numbers.__code__.co_firstlineno)
