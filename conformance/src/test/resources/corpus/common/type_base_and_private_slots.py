# object() instances take no attributes; cls.__base__ is the base whose layout a class
# extends; private names in __slots__ are mangled like the code that uses them.
from __future__ import print_function

o = object()
try:
    o.x = 1
    print("set")
except AttributeError as e:
    print("AttributeError", e)


class A(object):
    pass


class B(A):
    pass


class Mixin(object):
    pass


class L(Mixin, list):
    pass


class S(object):
    __slots__ = ('p',)


class T(A, S):
    pass


print(B.__base__, A.__base__, object.__base__, L.__base__, T.__base__, int.__base__, bool.__base__)


class C(object):
    __slots__ = ('__v', 'w', '__dunder__')

    def __init__(self):
        self.__v = 1
        self.w = 2

    def get(self):
        return self.__v


class _Under(object):
    __slots__ = ('__hidden',)

    def __init__(self):
        self.__hidden = 'h'

    def show(self):
        return self.__hidden


c = C()
print(c.get(), c.w, sorted(k for k in C.__dict__ if not k.startswith('__')), _Under().show())
print(hasattr(c, '_C__v'), hasattr(c, '__v'), sorted(k for k in _Under.__dict__ if 'hidden' in k))
try:
    c.other = 3
except AttributeError as e:
    print("AttributeError", e)


class Named(object):
    pass


Named.__name__ = 'Renamed'
print(Named.__name__, getattr(Named, '__qualname__', 'no qualname'), repr(Named).replace("__main__.", ""), '__name__' in Named.__dict__)
try:
    Named.__name__ = 5
except TypeError as e:
    print("TypeError", e)
