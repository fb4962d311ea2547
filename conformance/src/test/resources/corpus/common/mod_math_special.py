# math's special and inverse hyperbolic functions (erf, erfc, gamma, lgamma, asinh, acosh, atanh,
# expm1, log1p, frexp, ldexp) with their domain and range errors
import math

vals = [-3.5, -1.2, -0.3, 0.0, 1e-10, 0.1, 0.5, 0.84, 1.0, 1.3, 1.5, 2.0, 2.5, 3.7, 5.0, 6.1, 10.0, 27.0]


def show(name, fmt):
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(fmt(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name + ' ' + ' '.join(out))


for name in ['asinh', 'acosh', 'atanh', 'expm1', 'log1p', 'frexp', 'gamma', 'lgamma']:
    show(name, repr)
for name in ['gamma', 'lgamma']:
    print(name, [repr(getattr(math, name)(v)) for v in [100.3, 150.7, 170.5, -150.5, -7.25, 0.001, 3.0000001, 1e-25, -250.5]])
# erf/erfc: 3.11 takes them from the C library, which can differ from pyvm's in the last bit (12 digits)
for name in ['erf', 'erfc']:
    show(name, lambda r: '%.12g' % r)
print(math.gamma(1), math.gamma(5), math.gamma(23), math.lgamma(1), math.lgamma(2))
print(math.erf(float('inf')), math.erfc(float('-inf')), math.erf(40.0), math.erfc(40.0))
print(math.ldexp(0.75, 3), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(-2.5, 0))
print(math.frexp(1e-310), math.frexp(-8.0), math.frexp(float('inf')))
for expr in ['math.gamma(0.0)', 'math.gamma(-2.0)', 'math.gamma(200.0)', 'math.lgamma(-1.0)', 'math.atanh(1.0)',
             'math.acosh(0.5)', 'math.log1p(-1.0)', 'math.expm1(1000.0)', 'math.ldexp(1.0, 5000)', 'math.ldexp(1.0, 2.0)',
             'math.erf("x")', 'math.erf()', 'math.gamma(-float("inf"))']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
