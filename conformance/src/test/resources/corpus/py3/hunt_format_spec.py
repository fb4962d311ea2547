# str.format / format() specs: widths, alignment, fill, signs, grouping, precision
values = [0, 1, -1, 42, -42, 1234567, -1234567, 10**20]
for v in values:
    print('{:>10}|{:<10}|{:^10}|{:*^12}|{:+d}|{: d}|{:,}|{:_}'.format(v, v, v, v, v, v, v, v))
for v in [0, 255, -255, 65535]:
    print('{:x} {:X} {:#x} {:#o} {:#b} {:08b} {:#010x} {:o}'.format(v, v, v, v, v, v & 0xff, v, v))
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265358979, 1e10, 1.23456789e-7, 1e22, 123456789.125, float('inf'), float('-inf'), float('nan')]
for f in floats:
    print('{:f}|{:.2f}|{:10.3f}|{:<10.1f}|{:e}|{:.3E}|{:g}|{:.3g}|{:%}|{:+.1f}'.format(f, f, f, f, f, f, f, f, f, f))
for f in [1234.5678, -98765.4321, 0.000123, 1e16]:
    print('{:,.2f} {:_.3f} {:015,.1f} {:>+15,.0f} {:=+12.2f}'.format(f, f, f, f, f))
print('{0}{1}{0}'.format('ab', 'cd'))
print('{name}-{age:03d}'.format(name='x', age=7))
print('{0[1]} {0[0]} {1[k]}'.format([10, 20], {'k': 'v'}))
class P(object):
    def __init__(self):
        self.x = 3
        self.y = 'why'
p = P()
print('{0.x} {0.y!r} {0.y!s:>6}'.format(p))
w, pr = 12, 3
print('[{:{w}.{pr}f}]'.format(3.14159, w=w, pr=pr))
print('[{:{fill}{align}{width}}]'.format('mid', fill='-', align='^', width=11))
print('{!r:>10} {!s:<6}|'.format('q', 5))
print('{{literal}} {}'.format(1))
print(format(12345.678, ',.1f'), format(255, '#06x'), format('abc', '>5'), format(3, 'c' if False else 'd'))
print(format(65, 'c'), '{:c}'.format(0x7e))
print('{:s}'.format('plain'), '{:.3s}'.format('truncated'), '{:10.2s}|'.format('xyz'))
print('{:n}'.format(1234567), '{:.2%}'.format(0.12345), '{:5}|'.format(True), '{:d}'.format(True))
print('{:>6}'.format(None) if False else '{!s:>6}'.format(None))
print(f'{3.5:>8.2f}|{"s":^5}|{42:#x}|{-7:05d}|{2**40:,}')
x = 17
print(f'x={x!r}', f'{x*2:{w}d}', f"{'nest':{'>'}{8}}")
print(f'{x:b} {x:o} {x:e} {x/3:.4} {x/3!r:>25}')
for spec in ['d', 'x', 'f', ',', '<5', '^7', '+']:
    print(spec, repr(format(-12, spec)))
for bad in ['{:d}'.format, '{:,s}'.format, '{:=s}'.format]:
    try:
        print(bad(1.5 if bad is not None else 0))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [('{:d}', 'str'), ('{:x}', 2.0), ('{:s}', 3), ('{:.2d}', 5), ('{0} {2}', 'a', 'b'), ('{:c}', -1), ('{', ), ('}',), ('{:>>>}', 1)]:
    try:
        print(repr(args[0].format(*args[1:])))
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    '{k}'.format(j=1)
except KeyError as e:
    print('KeyError', e)
print('{:*<+8.2f}|{:#>+9}|{:0=8}'.format(2.5, 3, -42))
print('%5.1f|%-6d|%+d|%x|%X|%o|%e|%g|%r|%s|%%|%c|%05d|%.3s' % (2.75, 3, 4, 255, 255, 8, 1234.5, 0.00001, 'r', 's', 65, -12, 'abcdef'))
print('%(a)s-%(b)04.1f' % {'a': 'A', 'b': 2.345})
print('%*d|%-*.*f|' % (5, 42, 8, 2, 3.14159))
print('%#x %#o %i %u' % (255, 8, -3, 7))
for bad in [('%d', 'x'), ('%d %d', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(k)s', 1), ('%c', 'ab')]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
