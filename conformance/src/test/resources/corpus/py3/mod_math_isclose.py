# math.isclose (PEP 485): tolerances, infinities, NaN and its argument errors
import math

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-11))
print(math.isclose(float('inf'), float('inf')), math.isclose(float('inf'), 1e308), math.isclose(float('nan'), float('nan')))
print(math.isclose(3, 3), math.isclose(True, 1.0))
for call in [lambda: math.isclose(1.0, 2.0, rel_tol=-1.0), lambda: math.isclose(1.0, 2.0, abs_tol=-0.1),
             lambda: math.isclose(1.0, 'x'), lambda: math.isclose(1.0)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
