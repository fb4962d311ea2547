# type.__instancecheck__ and type.__subclasscheck__: what a metaclass's own hooks reach through type. or
# super(): isinstance and issubclass without the hook.
from __future__ import print_function
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__)
        return type.__instancecheck__(cls, inst)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return super(Meta, cls).__subclasscheck__(sub)
A = Meta('A', (object,), {})
B = Meta('B', (A,), {})
print(isinstance(1, A), isinstance(B(), A), isinstance(A(), B))
print(issubclass(B, A), issubclass(A, B), issubclass(int, A))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(object, bool))
print(A.__instancecheck__(B()))
try:
    type.__subclasscheck__(int, 3)
except TypeError as e:
    print("TE", e)
