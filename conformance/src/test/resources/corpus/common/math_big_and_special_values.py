# math on ints too big for a float (log, log10), fsum with infinities and overflow,
# and a negative float to a fractional power (3.x: complex; 2.7: ValueError).
from __future__ import print_function
import math

cases = ["math.log(10**400)", "math.log10(10**400)", "math.log(2**3000, 2)", "math.log(10**400, 10**200)",
         "math.log(-(10**400))", "math.log(0)", "math.fsum([float('inf'), 1])", "math.fsum([1e308, 1e308])",
         "math.fsum([float('inf'), -float('inf')])", "math.fsum([float('nan'), 1.0])", "math.fsum([0.1] * 10)",
         "pow(-8.0, 0.5)", "(-8.0) ** 0.5", "pow(-8.0, 2)", "float.__pow__(-8.0, 0.5)"]
if hasattr(math, 'log2'):
    cases.append("math.log2(2**2000)")
for e in cases:
    try:
        print(e, eval(e))
    except (ValueError, OverflowError) as x:
        print(e, type(x).__name__, x)
