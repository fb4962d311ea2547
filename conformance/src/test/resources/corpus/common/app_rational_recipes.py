from __future__ import print_function, division
import math


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Q(object):
    __slots__ = ('n', 'd')

    def __init__(self, n, d=1):
        if isinstance(n, Q):
            n, d = n.n * d, n.d
        if d == 0:
            raise ZeroDivisionError('Q(%d, 0)' % n)
        g = gcd(n, d) or 1
        if d < 0:
            g = -g
        object.__setattr__(self, 'n', n // g)
        object.__setattr__(self, 'd', d // g)

    def __setattr__(self, name, value):
        raise AttributeError("Q is immutable (tried to set %r)" % name)

    @staticmethod
    def _coerce(x):
        if isinstance(x, Q):
            return x
        if isinstance(x, int):
            return Q(x)
        return NotImplemented

    def __add__(self, other):
        o = Q._coerce(other)
        if o is NotImplemented:
            return float(self) + other if isinstance(other, float) else NotImplemented
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__

    def __neg__(self):
        return Q(-self.n, self.d)

    def __sub__(self, o):
        return self + (-o)

    def __rsub__(self, o):
        return -self + o

    def __mul__(self, other):
        o = Q._coerce(other)
        if o is NotImplemented:
            return float(self) * other if isinstance(other, float) else NotImplemented
        return Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Q._coerce(o)
        if o is NotImplemented:
            return NotImplemented
        return Q(self.n * o.d, self.d * o.n)
    __div__ = __truediv__

    def __rtruediv__(self, o):
        return Q._coerce(o) / self
    __rdiv__ = __rtruediv__

    def __pow__(self, k):
        if k < 0:
            return Q(self.d ** -k, self.n ** -k)
        return Q(self.n ** k, self.d ** k)

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)

    def __abs__(self):
        return Q(abs(self.n), self.d)

    def __eq__(self, o):
        if isinstance(o, float):
            return float(self) == o
        o = Q._coerce(o)
        return o is not NotImplemented and (self.n, self.d) == (o.n, o.d)

    def __ne__(self, o):
        return not self == o

    def __lt__(self, o):
        o = Q._coerce(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self < o or self == o

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0
    __nonzero__ = __bool__

    def __repr__(self):
        return 'Q(%d, %d)' % (self.n, self.d)

    def __str__(self):
        whole, rest = divmod(abs(self.n), self.d)
        sign = '-' if self.n < 0 else ''
        if rest == 0:
            return sign + str(whole)
        if whole == 0:
            return '%s%d/%d' % (sign, rest, self.d)
        return '%s%d %d/%d' % (sign, whole, rest, self.d)


recipe = [('flour', Q(9, 4), 'cups'), ('sugar', Q(2, 3), 'cup'), ('eggs', Q(2), ''),
          ('butter', Q(1, 2), 'cup'), ('salt', Q(1, 8), 'tsp'), ('milk', Q(5, 6), 'cup')]
for factor in (Q(1, 2), Q(3), Q(2, 3), 1.5):
    print('x%s:' % factor, ', '.join('%s %s %s' % (amt * factor, unit, name) for name, amt, unit in recipe))
total = sum(amt for _, amt, unit in recipe if unit.startswith('cup'))
print('cups total', total, repr(total), float(total), int(total), math.floor(float(total)))
print(Q(1, 3) + Q(1, 6), Q(3, 4) - 1, 1 - Q(3, 4), 2 / Q(4, 3), Q(2, 3) ** -2, Q(-7, 2), abs(Q(-7, 2)), -Q(0))
print(Q(6, -4), Q(Q(1, 2), 3), Q(1, 2) == 0.5, Q(2, 1) == 2, Q(1, 3) == Q(2, 6), Q(1, 2) != Q(1, 3))
print(sorted([Q(1, 2), Q(1, 3), Q(-1), Q(5, 4), Q(2, 3)]), max(Q(7, 8), Q(8, 9)), min(Q(1, 2), 0))
print(len({Q(2), 2, Q(4, 2), Q(1, 2), Q(2, 4)}), hash(Q(5)) == hash(5), bool(Q(0)), bool(Q(1, 9)))
print(Q(1, 2) <= Q(1, 2), Q(1, 2) > Q(1, 3), Q(1, 2) >= 1, Q(1, 3) + 0.5, [str(Q(i, 4)) for i in range(-5, 6, 2)])
for bad in (lambda: Q(1, 0), lambda: Q(1) / Q(0), lambda: Q(1) * 'x', lambda: setattr(Q(1), 'n', 5), lambda: Q(1, 2).x):
    try:
        print(bad())
    except (ZeroDivisionError, TypeError, AttributeError) as e:
        print('%s: %s' % (type(e).__name__, e))
h = Q(0)
for i in range(1, 11):
    h += Q(1, i)
print('H10 =', h, '~ %.6f' % float(h))
print(Q(3, 4) < 'x')
