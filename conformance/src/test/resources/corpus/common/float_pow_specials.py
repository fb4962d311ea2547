# float ** and math.pow with NaNs and infinities as C99's pow gives them; finite edge cases keep their errors
import math

inf = float('inf')
nan = float('nan')
pairs = [(1.0, inf), (1.0, nan), (1.0, -inf), (-1.0, inf), (-1.0, -inf), (2.0, -inf), (0.5, inf), (0.5, -inf),
         (-inf, 2.5), (-inf, 3.0), (-inf, -3.0), (-inf, -2.5), (inf, -1.0), (nan, 0.0), (nan, 1.0), (-2.0, nan),
         (-inf, 0.5), (-inf, -0.5), (0.0, inf), (-0.0, inf), (0.0, -1.0), (-8.0, 1 / 3.0), (10.0, 400.0), (-0.0, 3.0),
         (-0.0, -3.0), (2.0, 0.5), (-2.0, 3.0)]
for a, b in pairs:
    try:
        r = repr(a ** b)
    except Exception as e:
        r = '%s %s' % (type(e).__name__, e)
    try:
        m = repr(math.pow(a, b))
    except Exception as e:
        m = '%s %s' % (type(e).__name__, e)
    print('%r ** %r = %s; math.pow: %s' % (a, b, r, m))
print(repr(1 ** inf), repr(pow(1.0, nan)), repr((-1) ** inf))
