# decimal as CPython's C _decimal raises its signals: the list of the conditions that raised a trapped one, a
# context's flags and traps in libmpdec's order, int() of a NaN or an infinity in _decimal's words; pyvm runs
# the pure-Python _pydecimal for it.
import decimal
import decimal as d
from decimal import Decimal, getcontext
c = decimal.Context(flags=list(decimal.Context().flags), traps=list(decimal.Context().traps))
print(c)
print(getcontext())
print(decimal.Context(prec=5, flags=[decimal.Rounded, decimal.Inexact], traps=[]))
for f in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('1.5').quantize(Decimal('1e-30')),
          lambda: Decimal(-1).sqrt(), lambda: Decimal('inf') - Decimal('inf'), lambda: Decimal('1e999999999') * 10,
          lambda: int(Decimal('nan')), lambda: int(Decimal('-inf')), lambda: Decimal(7) // 0, lambda: Decimal(7) % 0,
          lambda: d.Context(traps=[d.Inexact]).divide(Decimal(1), 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, repr(e), isinstance(e, ArithmeticError))
getcontext().traps[d.DivisionByZero] = False
print(Decimal(1) / 0, getcontext().flags[d.DivisionByZero] == True)
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal(10) / 4)
print(getcontext())
Decimal("12,5")
