# cmath's 3.x additions: tau, inf, infj, nan, nanj, isfinite, isclose
import cmath

print(cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj))
for z in [1 + 1j, complex(cmath.inf, 0), complex(0, cmath.nan), 5, -2.5]:
    print(z, cmath.isfinite(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1 + 1j, 1 + 1.001j))
print(cmath.isclose(1j, 1.001j, rel_tol=0.01), cmath.isclose(0j, 1e-10j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isclose(complex(cmath.inf, 1), complex(cmath.inf, 1)), cmath.isclose(complex(cmath.inf, 1), 1e308 + 1j))
print(cmath.isclose(a=2, b=2 + 0j), cmath.isclose(cmath.nan, cmath.nan))
for bad in [dict(rel_tol=-1), dict(abs_tol=-0.5)]:
    try:
        cmath.isclose(1, 1, **bad)
    except ValueError as e:
        print('ValueError', e)
try:
    cmath.isclose(1, '1')
except TypeError as e:
    print('TypeError', e)
