from __future__ import print_function
vals = [0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e16, 1e17, 1.5e-5, 1e-4, 123456789012345678.0,
        1e22, 1e23, 0.5, 2.5, -0.0, 5e-324, 1.7976931348623157e308, 100.0, 1e15, 12345.678]
for v in vals:
    print(repr(v), str(v), '%s' % v, '%r' % v)
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(1234.5678, -2), round(-1234.5678, -1), round(5, -1) if True else 0)
print(int(3.99), int(-3.99), int(1e20), float(7), float('  -12.5 '), float('1e3'))
print(abs(-2.5), divmod(7.5, 2), divmod(-7.5, 2), 7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2)
print(2 ** 0.5, 2 ** -1, (-8) ** 2, 10 ** -2, pow(2.0, 10))
print(float('inf') > 1e308, float('-inf') < -1e308, float('nan') == float('nan'))
print(repr(float('inf')), repr(float('-inf')), repr(float('nan')), str(-float('inf')))
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (0.75).is_integer(), (3.0).is_integer())
print((1.0).hex(), (0.1).hex(), float.fromhex('0x1.8p1'), (-2.5).hex())
print(1e300 * 1e10, -1e300 * 1e10)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.sqrt(16))
print(math.pi, math.e, math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isinf(1e400), math.isnan(float('nan')), math.copysign(3, -0.0), math.hypot(3, 4))
print(math.log(100, 10), math.log10(1000), math.exp(0), math.factorial(10), math.fmod(-7, 3))
for a, b in [(1, 0), (1.0, 0), (0, 0.0), (5, 0)]:
    for op in ('/', '//', '%'):
        try:
            r = eval('a %s b' % op) if False else {'/': lambda: a / b, '//': lambda: a // b, '%': lambda: a % b}[op]()
            print(r)
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, 'ZeroDivisionError:', e)
for s in ['abc', '1.2.3', '', ' ']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError:', e)
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
print(1.0 == 1, 1.5 > 1, hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(1e100) == hash(10**100))
print(sorted([3.5, -1, 2, 0.0, -0.5]), max(1, 2.0), min(2.0, 2))
print(float(10**15), float(10**16), 1e15 + 0.3, 123.456e2)
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5))
print('%.15g %.17g %.1e' % (0.1, 0.1, 12345))
