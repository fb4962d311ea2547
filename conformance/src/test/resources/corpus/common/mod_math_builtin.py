# The math module (implemented in Java by pyvm, a C module in CPython): values, int/float results
# per version, and the errors CPython raises.
from __future__ import print_function
import math
import math as m2
from math import sqrt, pi
print(m2 is math, type(math).__name__)
print(repr(math.pi), repr(math.e), repr(sqrt(2.0)), repr(pi))
for name in ['sqrt', 'exp', 'log', 'log10', 'fabs', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'degrees', 'radians']:
    f = getattr(math, name)
    print(name, repr(f(0.5)), repr(f(2)))
print(repr(math.floor(2.7)), repr(math.ceil(2.1)), repr(math.floor(-2.5)), repr(math.ceil(-2.5)), repr(math.floor(7)))
print(repr(math.trunc(-3.9)), repr(math.trunc(3.9)), repr(math.trunc(5)))
print(repr(math.pow(2, 10)), repr(math.pow(2.5, -2)), repr(math.atan2(1, -1)), repr(math.hypot(3, 4)))
print(repr(math.log(8, 2)), repr(math.log(100, 10)), repr(math.copysign(3, -0.0)), repr(math.fmod(7.5, 2)))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(repr(math.modf(3.25)), repr(math.modf(-3.25)))
print(repr(math.fsum([0.1] * 10)), repr(sum([0.1] * 10)), repr(math.fsum([1e100, 1.0, -1e100, 1e-100])))
print(math.isnan(float('nan')), math.isinf(float('-inf')), math.isnan(1.0), math.isinf(1e308))
cases = [('sqrt(-1)', lambda: math.sqrt(-1)), ('log(0)', lambda: math.log(0)), ('log(-5)', lambda: math.log(-5)),
         ('acos(2)', lambda: math.acos(2)), ('exp(1000)', lambda: math.exp(1000)), ('factorial(-1)', lambda: math.factorial(-1)),
         ('sqrt("x")', lambda: math.sqrt("x")), ('pow(0, -1)', lambda: math.pow(0, -1)), ('fmod(1, 0)', lambda: math.fmod(1, 0)),
         ('floor(inf)', lambda: math.floor(float("inf")))]
for label, fn in cases:
    try:
        print(label, '->', repr(fn()))
    except (ValueError, OverflowError, TypeError) as e:
        print(label, '->', type(e).__name__, e)
if hasattr(math, 'gcd'):
    print('gcd', math.gcd(12, 18), math.gcd(0, 5), math.isfinite(1.0), repr(math.tau), math.inf, math.nan)
import sys
print('math' in sys.modules, math.__name__)
