# fractions: exact rational arithmetic.
from __future__ import print_function
from fractions import Fraction

a = Fraction(3, 4)
b = Fraction('2/3')
print(a, b, repr(a))
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-b))
print(a < b, a == Fraction(6, 8), a == 0.75, b != 1)
print(Fraction(0.5), Fraction('1.25'), Fraction(' -7/21 '), Fraction(10))
print(Fraction(1, 3).limit_denominator(2), Fraction('3.14159').limit_denominator(100))
print(Fraction(355, 113).numerator, Fraction(355, 113).denominator)
print(float(Fraction(1, 8)), int(Fraction(7, 2)))
print(sum([Fraction(1, n) for n in range(1, 7)]))
print(Fraction(5, 2) + 1, 1 - Fraction(1, 3), 2 * Fraction(1, 6))
print(Fraction(1, 2) + 0.25)
print(Fraction.from_float(0.1) == Fraction(1, 10), Fraction(1, 10) == Fraction('0.1'))
h = {Fraction(1, 2): 'half', Fraction(2, 4): 'again'}
print(len(h), hash(Fraction(2)) == hash(2))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction('abc')
except ValueError as e:
    print('ValueError', e)
