# Complex numbers: construction, arithmetic, attributes, repr, comparisons and errors.
from __future__ import print_function
a = 3 + 4j
b = complex(1, -2)
c = complex("2-3j")
print(a, b, c)
print(repr(a), repr(b), repr(1j), repr(-1j), repr(0j))
print(a.real, a.imag, b.real, b.imag)
print(a + b, a - b, a * b, a / b)
print(a.conjugate(), abs(a), abs(3j))
print(a ** 2, 1j ** 2, (1 + 1j) ** 3)
print(a == complex(3, 4), a != b, 1 + 0j == 1, 2j == 2)
print(complex(2), complex(2.5), complex(0, 0))
print(-a, +b, a * 2, 2.5 * b, a + 1, 1 - a)
print(complex(1e10, -1e-10))
print(repr(complex(1.5, 0)), repr(complex(-0.0, 1)))
print(sum([1j, 2j, 3 + 0j]))
print(bool(0j), bool(1j), bool(0 + 0j))
for z in (1 + 1j, -2j, 4, 0.5 - 0.5j):
    w = complex(z)
    print("%s -> re=%s im=%s abs=%.4f" % (w, w.real, w.imag, abs(w)))
try:
    print(a < b)
except TypeError as e:
    print("TypeError", e)
try:
    print(a / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    complex("abc")
except ValueError as e:
    print("ValueError", e)
print("{0.real} {0.imag}".format(a))
print(format(a, ""), str(2 - 0j))
print(isinstance(a, complex), type(a).__name__)
