# decimal: arithmetic with contexts, quantize, rounding.
from __future__ import print_function
import decimal
from decimal import Decimal, getcontext, localcontext

print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(Decimal('7.325').quantize(Decimal('.01'), rounding=decimal.ROUND_DOWN))
print(Decimal('7.325').quantize(Decimal('.01'), rounding=decimal.ROUND_HALF_UP))
print(Decimal('2.5').to_integral_value(rounding=decimal.ROUND_HALF_EVEN))
with localcontext() as ctx:
    ctx.prec = 30
    print(Decimal(1) / Decimal(3))
print(repr(Decimal('3.14')), str(Decimal('-0')), Decimal('1e3'), Decimal('1E+3').normalize())
print(Decimal('10.50') == Decimal('10.5'), Decimal('0.1') < Decimal('0.2'))
print(sorted([Decimal('2.5'), Decimal('-1'), Decimal('0.333')]))
print(Decimal('123.456').as_tuple())
print(Decimal(10) ** 3, Decimal('9') % Decimal('4'), divmod(Decimal(17), Decimal(5)))
print(Decimal('NaN').is_nan(), Decimal('Infinity') > 10 ** 100)
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print('DivisionByZero')
