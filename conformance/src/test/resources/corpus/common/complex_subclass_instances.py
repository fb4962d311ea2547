# A program's subclass of complex: its instances keep their class (methods, attributes, own __repr__
# building on complex.__repr__, own __hash__), while arithmetic gives plain complex values.
from __future__ import print_function
class C(complex):
    def conj2(self): return self.conjugate()
c = C(1, -2)
print(c, repr(c), str(c), "%s|%r" % (c, c), "{}".format(c), type(c).__name__, type(c.conj2()).__name__)
print(c * 2, c == complex(1, -2), hash(c) == hash(complex(1, -2)), abs(c), c.imag, bool(C()), C(2.5), C("3-1j"))
print({c: 1}[complex(1, -2)], isinstance(c, complex), issubclass(C, complex), complex(c), type(complex(c)).__name__)
class P(complex):
    def __new__(cls, r, i=0):
        print("new", cls.__name__, r, i)
        return complex.__new__(cls, r * 2, i)
p = P(1.5, 1)
print(p, type(p).__name__)
class L(C): pass
print(type(L(3)).__name__, L(3) + 1, sorted(n for n in vars(C) if not n.startswith("__")))
try:
    C("junk")
except ValueError as e:
    print(e)
class H(complex):
    def __hash__(self): return 42
print(hash(H(1)), {H(1): "x"})
class C2(complex):
    def __repr__(self): return "C" + complex.__repr__(self)
    def norm(self): return abs(self)
c = C2(3, 4)
print(type(c).__name__, c, c.norm(), c.real, c + 1, type(c + 1).__name__, isinstance(c, complex))
c.tag = 1
print(c.tag, C2("1+2j"), C2(), -c, type(-c).__name__, c == 3+4j, hash(c) == hash(3+4j))
