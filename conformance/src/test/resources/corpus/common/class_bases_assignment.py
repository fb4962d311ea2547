# Assigning a class's __bases__: the MRO of the class and of its subclasses is computed again,
# and type_set_bases' checks refuse what CPython refuses.
class A(object):
    def f(self):
        return "A.f"


class B(object):
    def f(self):
        return "B.f"

    def g(self):
        return "B.g"


class C(A):
    pass


class D(C):
    pass


d = D()
print(d.f())
C.__bases__ = (B,)
print(d.f())
print(d.g())
print(C.__bases__ == (B,))
print([k.__name__ for k in D.__mro__])
print(isinstance(d, B))
print(isinstance(d, A))
print(issubclass(D, B))
C.__bases__ = (A, B)
print([k.__name__ for k in D.__mro__])
print(d.g())
for value in [(), (1,), (D,), (int,), [A], A]:
    try:
        C.__bases__ = value
        print("assigned")
    except TypeError as e:
        print("TypeError: %s" % e)
try:
    A.__bases__ = (C,)
except TypeError as e:
    print("TypeError: %s" % e)
try:
    int.__bases__ = (A,)
except TypeError as e:
    print("TypeError: %s" % e)


class X(A):
    pass


class Y(X):
    pass


try:
    X.__bases__ = (Y,)
except TypeError as e:
    print("TypeError: %s" % e)
print([k.__name__ for k in C.__mro__])
print(len.__module__ in ("builtins", "__builtin__"))
print([].append.__module__)
import sys
print(sys.exit.__module__)
