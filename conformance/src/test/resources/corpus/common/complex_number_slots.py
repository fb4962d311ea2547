# complex's number slots in each version: unary methods by name; // % divmod() computed by 2.7 (floor of the
# quotient's real part), refused in complex's words by 3.6, unsupported in 3.11; int(), float(), round(),
# math and %f of a complex refused by its nb_int/nb_float before 3.10.
from __future__ import print_function
import math


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


z = 3 + 4j
print((-z), (+z), abs(z), bool(0j), bool(1j), z.__neg__(), z.__pos__(), z.__abs__())
print(z.__getnewargs__(), (0j).__getnewargs__(), (-1.5j).__neg__())
print(getattr(z, "__bool__", getattr(z, "__nonzero__", None))(), getattr(0j, "__bool__", getattr(0j, "__nonzero__", None))())
print([n for n in ("__int__", "__float__", "__long__", "__floordiv__", "__mod__", "__divmod__", "__complex__") if hasattr(z, n)])
for f in [lambda: 1j // 2, lambda: 1j % 2, lambda: (5 + 3j) // 2, lambda: (5 + 3j) % 2, lambda: 7 // (2 + 1j),
          lambda: 1j // 0, lambda: 1j % 0, lambda: divmod(1j, 0), lambda: divmod(5 + 3j, 2), lambda: divmod(7, 2 + 1j),
          lambda: 1j // "a", lambda: divmod(1j, "a"), lambda: divmod(1 + 1j, 1j), lambda: (3.5 + 2j) % (1 + 1j),
          lambda: (3.5 + 2j) // (1 + 1j), lambda: 5 % 2j, lambda: divmod(2.5, 1j), lambda: 1j // 0.0, lambda: 1j % 0j]:
    t(f)
for f in [lambda: int(1j), lambda: float(1j), lambda: round(1j), lambda: math.sqrt(1j), lambda: math.floor(2j),
          lambda: "%f" % 1j, lambda: u"%f" % 1j, lambda: "%d" % 1j, lambda: "%x" % 1j, lambda: [1][1j],
          lambda: "ab" * 1j, lambda: "{:d}".format(1j), lambda: range(1j), lambda: range(1, 1j)]:
    t(f)
for name in ("__int__", "__float__"):
    t(lambda: getattr(2j, name)())


class I:
    def __int__(self):
        return 3


class BadI:
    def __int__(self):
        return 2.5


t(lambda: list(range(I())) if isinstance(range(1), list) else "-")
t(lambda: range(BadI()) if isinstance(range(1), list) else "-")
t(lambda: range(2 ** 70, BadI()) if isinstance(range(1), list) else "-")
for f in [lambda: "%s" % 1j, lambda: "%s %s" % (1j, 2j), lambda: [1] // 1j, lambda: "a" // 1j, lambda: 1j % [1], lambda: divmod("a", 1j), lambda: (1j).__rfloordiv__(2), lambda: (1j).__divmod__(2), lambda: (1j).__rdivmod__(2), lambda: (1j).__mod__("x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
