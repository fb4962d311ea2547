# type.mro and type.__subclasses__ are method descriptors of type: type.mro(B) is B's MRO (it gave type's
# own), cls.mro() binds them to the class; each version's complaints about their arguments.
from __future__ import print_function


class A(object):
    pass


class B(A):
    pass


class C(B, A):
    pass


for f in (lambda: type.mro(B), lambda: type.mro(C), lambda: C.mro(), lambda: type.__subclasses__(A), lambda: A.__subclasses__(),
          lambda: type.mro(), lambda: type.mro(5), lambda: type.mro(int, 1), lambda: B.mro(1), lambda: B.__subclasses__(2)):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)
print(repr(type.mro), repr(type.__subclasses__), "mro" in dir(type), type.mro(type) == [type, object])
