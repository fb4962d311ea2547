from __future__ import print_function
import sys

vals = [0.0, -0.0, 1.0, 0.1, 1.5, 2.5, -2.5, 1e16, 1e-5, 1.23456789e-7, 123456789.123,
        1e22, 1e100, 3.141592653589793, 2.0 ** 53, 1/3.0, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), v.is_integer(), '%g' % v, '%e' % v, '%.3f' % v)
for v in [0.5, 1.5, 2.5, 0.125, 0.375, -0.75, 1e10, 3.0, 0.1]:
    print(v, v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v)
for s in ['0x1.8p1', '-0x1p-2', '0x.8', '0X1P+3', '  0x1.fffffffffffffp1023  ', 'inf', '-nan']:
    print(s.strip(), float.fromhex(s))
fmts = ['{:>10.3f}', '{:<10.2e}', '{:^12.4g}', '{:+.2f}', '{: .1f}', '{:010.3f}', '{:,.2f}',
        '{:*^15,.1f}', '{:.0%}', '{:.2%}', '{:g}', '{:.10g}', '{:e}', '{:E}', '{:G}', '{:n}',
        '{:=+12.3f}', '{:.3}', '{}', '{!r}', '{:12}', '{:<}', '{:#.0f}', '{:#g}', '{:.0e}']
for f in fmts:
    out = [f.format(x) for x in (1234567.891, -0.000123456, 0.5, 1e20, 2.5)]
    print(f, '|'.join(out))
if sys.version_info >= (3, 6):
    print('{:_.2f}'.format(1234567.891), '{:_}'.format(123456789.5), '{:_g}'.format(1e7))
for f in ['%-8.2e|', '%8.2e|', '%+08.3f|', '% d|', '%-6d|', '%06.1f|', '%.3g|', '%#.3g|', '%10.4E|', '%r|', '%s|']:
    print(f, f % 12.5, f % -0.00098765)
for v in [float('inf'), float('-inf'), float('nan')]:
    print(repr(v), str(v), '%f' % v, '{:e}'.format(v), '{:>8}'.format(v), '{:+}'.format(v), '%.2G' % v)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(-1234.5678, -1), round(1e300, -5) == 1e300, round(5.5, 0))
print(float('1_000.5') if sys.version_info >= (3, 6) else 1000.5, float(' -12.5e3 '), float('+inf'), float('-Infinity'))
for bad in ['', '1.2.3', '0x10', 'nan1', '1e']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2, divmod(-7.5, 2), divmod(7, -2.5), 1e308 * 10, -1e308 * 10)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    10.0 ** 400
except OverflowError as e:
    print('OverflowError', e)
print((-8.0) ** (1.0/3) if sys.version_info >= (3,) else 'complex', 2.0 ** -1074, 0.1 + 0.2, 1.1 * 3)
print(float(2**1023) * 2 > 1e308, int(1.5e15), int(-2.5e-3), float(10**20), 1e15, 1e16, 12345678901234567.0)
