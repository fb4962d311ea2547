from __future__ import print_function
import sys
def attempt(f):
    try:
        r = f()
        return '%s:%r' % (type(r).__name__, r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
tests = [
    lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, 3.0, 5), lambda: pow(2, -1, 5), lambda: pow(3, 2, -4), lambda: pow(-3, 3, 7),
    lambda: pow(0, -1), lambda: pow(0.0, -1), lambda: pow(-8, 1.0 / 3), lambda: pow(10, 400, 7), lambda: pow(2, 10**5, 10**9 + 7),
    lambda: round(1.5, 400), lambda: round(1.5, -400), lambda: round(12345, -400), lambda: round(float('inf')), lambda: round(float('nan')),
    lambda: round(float('inf'), 2), lambda: round(2.5, None), lambda: round(0.5 + 1e-16), lambda: round(-2.5), lambda: round(1e300),
    lambda: round(5, 2.0), lambda: round('x'), lambda: divmod(1, 0.0), lambda: divmod(5.5, float('inf')), lambda: divmod(-5.5, float('inf')),
    lambda: divmod(float('nan'), 2), lambda: 5 % float('inf'), lambda: -5 % float('inf'), lambda: 5.0 // float('inf'), lambda: -5.0 // float('inf'),
    lambda: abs(-2**63), lambda: abs(float('-nan')), lambda: abs('x'), lambda: int(float('inf')), lambda: int(float('nan')),
    lambda: float(10**400), lambda: 10**400 / 1.0, lambda: 2**1023 * 2.0, lambda: (10**400) // 3 % 1000, lambda: 10**400 * 1.0,
    lambda: 1 / 3, lambda: -7 / 2, lambda: 7 // -2.0, lambda: 0.0 / 1, lambda: -0.0 * 0, lambda: (-1) ** 0.5, lambda: 0 ** -1,
    lambda: 2 ** 0.5, lambda: 4 ** -0.5, lambda: (-2) ** -2, lambda: (-2.0) ** 3, lambda: 1e308 + 1e308, lambda: -(2**63) // -1,
    lambda: 7 .__floordiv__(0), lambda: 7 .__rtruediv__(2), lambda: 7 .__divmod__(2.0), lambda: (2.5).__rmod__(7), lambda: (3).__pow__(2, 5),
    lambda: (7).__round__(-1) if sys.version_info >= (3,) else 10, lambda: (2.675).__round__(2) if sys.version_info >= (3,) else 2.67,
    lambda: max(1, 2, key=lambda x: -x), lambda: max([], key=len), lambda: min([[1], [2, 3]], key=len), lambda: max(iter([3, 1])),
    lambda: sum([1, 2], 0.5), lambda: sum([[1]], []), lambda: sum(range(10), -45), lambda: sum([0.1] * 3) == 0.3, lambda: sum(x * x for x in range(4)),
    lambda: bin(0), lambda: bin(-0), lambda: oct(-1), lambda: hex(2**64), lambda: bin(True), lambda: hex(3.0), lambda: oct('7'),
    lambda: (255).bit_length(), lambda: (-256).bit_length(), lambda: (0).bit_length(), lambda: True.bit_length(),
    lambda: complex(1, 2) ** 2, lambda: abs(1e200j + 1e200), lambda: (1j) ** 2, lambda: 1j * 1j == -1,
]
for i, t in enumerate(tests):
    print(i, attempt(t))
