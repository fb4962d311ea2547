# cmath (a C module): constants, conversions, the elementary functions on ordinary values and their
# branch cuts, log with a base, errors ("math domain error", "math range error") and argument types
import cmath


def r(z):
    # 12 significant digits: libm results may differ from CPython's in the last bit
    z = complex(z)
    return '(%.12g, %.12g)' % (z.real, z.imag)


def call(f, *args):
    try:
        return r(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)


print(repr(cmath.pi) + ' ' + repr(cmath.e))
vals = [0j, 1 + 0j, -1 + 0j, 2j, -2j, 1 + 1j, -3 + 4j, 0.5 - 0.25j, -0.3 - 2.5j, 10 + 0.1j, 2, -4, 0.75]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    print(name + ': ' + ' '.join([call(f, v) for v in vals]))

# exact results of CPython's formulas
print(repr(cmath.sqrt(-4)) + ' ' + repr(cmath.sqrt(-4 - 0j)) + ' ' + repr(cmath.sqrt(complex(-4.0, 0.0).conjugate())))
print(repr(cmath.sqrt(3 + 4j)) + ' ' + repr(cmath.sqrt(1e-320j)) + ' ' + repr(cmath.sqrt(16)))
print(repr(cmath.exp(0)) + ' ' + repr(cmath.log(1)) + ' ' + repr(cmath.log(-1)) + ' ' + repr(cmath.log(1j)))
print(repr(cmath.log10(100)) + ' ' + repr(cmath.log(8, 2)) + ' ' + repr(cmath.log(1e300 + 1e300j).imag))

# branch cuts: the sign of a zero picks the side (conjugate() makes the -0.0)
print(r(cmath.asin(complex(2.0, 0.0))) + ' ' + r(cmath.asin(complex(2.0, 0.0).conjugate())))
print(r(cmath.acos(complex(-2.0, 0.0))) + ' ' + r(cmath.acos(complex(-2.0, 0.0).conjugate())))
print(r(cmath.atan(complex(0.0, 2.0))) + ' ' + r(cmath.atan(complex(-0.0, 2.0))))
print(r(cmath.atanh(complex(2.0, 0.0))) + ' ' + r(cmath.atanh(complex(2.0, 0.0).conjugate())))
print(r(cmath.log(complex(-2.0, 0.0))) + ' ' + r(cmath.log(complex(-2.0, 0.0).conjugate())))

# phase, polar, rect
print(repr(cmath.phase(-1)) + ' ' + repr(cmath.phase(complex(-1.0, 0.0).conjugate())) + ' ' + repr(cmath.phase(1j)))
print(repr(cmath.polar(3 + 4j)) + ' ' + repr(cmath.polar(-2)) + ' ' + repr(cmath.polar(0)))
print(repr(cmath.rect(2, 0)) + ' ' + r(cmath.rect(2, cmath.pi / 2)) + ' ' + r(cmath.rect(1, 1)))

# classification
inf = float('inf')
nan = float('nan')
for z in [1 + 1j, complex(inf, 0), complex(0, -inf), complex(nan, 1), complex(inf, nan), 3]:
    print('%r %r %r' % (z, cmath.isinf(z), cmath.isnan(z)))

# errors
print(call(cmath.log, 0))
print(call(cmath.log, 0j, 10))
print(call(cmath.log, 5, 1))
print(call(cmath.atanh, 1))
print(call(cmath.atanh, -1))
print(call(cmath.exp, 1000))
print(call(cmath.exp, complex(710, 1)))
print(call(cmath.cosh, 1000))
print(call(cmath.sinh, -1000j + 800))
print(call(cmath.rect, 1, inf))
print(call(cmath.sqrt, 'x'))
print(call(cmath.phase, None))
print(call(cmath.polar, [1]))


# __complex__ and __float__
class Z(object):
    def __complex__(self):
        return 3 + 4j


class F(object):
    def __float__(self):
        return 9.0


print(repr(cmath.sqrt(Z())) + ' ' + repr(cmath.sqrt(F())) + ' ' + repr(cmath.phase(Z())) + ' ' + repr(cmath.sqrt(True)))
print(repr(cmath.exp(complex(-inf, 1))) + ' ' + repr(cmath.sqrt(complex(inf, -1))) + ' ' + repr(cmath.sqrt(complex(-inf, 2))))
