# obj.__class__ = C: allowed between a program's classes whose instances are laid out alike (same solid
# base and slots, a __dict__ in both or neither; builtin subclasses too), refused in each version's words
# otherwise (deallocator before 3.8, layout, heap types, deletion).
from __future__ import print_function
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
class Animal(object):
    def speak(self): return "..."
class Dog(Animal):
    def speak(self): return "woof"
class Cat(Animal):
    def speak(self): return "meow"
a = Dog()
a.name = "rex"
print(a.speak(), type(a).__name__, a.__class__.__name__)
a.__class__ = Cat
print(a.speak(), type(a).__name__, isinstance(a, Cat), isinstance(a, Dog), a.name)
class S1(object): __slots__ = ("a", "b")
class S2(object): __slots__ = ("b", "a")
class S3(object): __slots__ = ("a",)
class S4(S1): pass
class S5(S1): __slots__ = ()
s = S1(); s.a = 1
t(lambda: setattr(s, "__class__", S2) or (type(s).__name__, s.a))
t(lambda: setattr(s, "__class__", S3))
t(lambda: setattr(s, "__class__", S4))
t(lambda: setattr(s, "__class__", S5) or type(s).__name__)
t(lambda: setattr(s, "__class__", Dog))
class E(object): __slots__ = ()
t(lambda: setattr(E(), "__class__", Dog))
class L(list): pass
class L2(list):
    def total(self): return sum(self)
class D(dict): pass
l = L([1, 2, 3])
t(lambda: setattr(l, "__class__", L2) or (type(l).__name__, l.total(), l))
t(lambda: setattr(l, "__class__", D))
t(lambda: setattr(l, "__class__", list))
t(lambda: setattr(l, "__class__", Dog))
t(lambda: delattr(l, "__class__"))
t(lambda: delattr(a, "__class__"))
t(lambda: delattr(1, "__class__"))
t(lambda: setattr(a, "__class__", "Cat"))
t(lambda: setattr(a, "__class__", object))
t(lambda: setattr(object(), "__class__", Dog))
t(lambda: setattr(1.5, "__class__", float))
class I(int): pass
class I2(int): pass
i = I(5)
t(lambda: setattr(i, "__class__", I2) or (type(i).__name__, i + 1))
print(type(a).__name__, type(l).__name__, type(i).__name__)
def t2(a, b):
    x = a()
    try:
        x.__class__ = b
        print("ok", a.__name__, "->", type(x).__name__)
    except TypeError as e:
        print(a.__name__, "->", b.__name__, e)
class I1(int): pass

class I3(I1): pass
class I4(I1): __slots__ = ()
class IS(int): __slots__ = ()
class IS2(int): __slots__ = ()
class TT(tuple): pass
class T2(tuple): pass
class TS(tuple): __slots__ = ()
class TS2(tuple): __slots__ = ()
class BB(bytes): pass
class B2(bytes): pass
class U(str): pass
class U2(str): pass
class FF(float): pass
class F2(float): pass
class O(object): pass
class OS(object): __slots__ = ()
class OS2(object): __slots__ = ()
class OD(object): __slots__ = ("__dict__",)
class OW(object): __slots__ = ("__weakref__",)
class OW2(object): __slots__ = ("__weakref__",)
pairs = [(I1, I2), (I1, I3), (I3, I1), (I3, I4), (I4, I3), (IS, IS2), (IS, I1), (TT, T2), (TS, TS2), (TS, TT), (BB, B2), (U, U2), (FF, F2),
         (OS, OS2), (OS, O), (O, OS), (O, OD), (OD, O), (OW, OW2), (OW, O), (O, OW), (I1, FF), (IS, OS)]
for a, b in pairs:
    t2(a, b)
