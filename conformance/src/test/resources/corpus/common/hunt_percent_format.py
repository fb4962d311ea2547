from __future__ import print_function
rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 100, 10.0), ('kiwi', 0, 1.125)]
print('%-10s|%5s|%8s' % ('name', 'qty', 'price'))
print('-' * 25)
for name, qty, price in rows:
    print('%-10s|%5d|%8.2f' % (name, qty, price))
total = sum(q * p for _, q, p in rows)
print('%-10s|%5s|%8.3f' % ('total', '', total))
print('%d%%' % 50, '%5.1f%%' % 99.5, '%x/%X/%o' % (3054, 3054, 3054), '%#x %#X %#o' % (255, 255, 255))
print('%e|%E|%.0e|%10.3e' % (12345.6789, 0.000123, 5e10, -1.5))
print('%g|%g|%g|%g|%G' % (100000, 1000000, 0.0001, 0.00001, 1e-10))
print('%+d|% d|%+.1f|% .2f|%05.1f|%-6.1f|' % (5, 5, 2.25, 2.5, -1.5, 3.14159))
print('%s|%r|%s|%r' % (None, None, [1, 'a'], {'k': (1, 2)}))
print('%c%c%c' % (72, 'i', 33), '%5c|%-3c|' % ('x', 'y'))
print('%(name)s is %(age)d years, %(name)s!' % {'name': 'Ann', 'age': 30})
print('%.3s|%-8.4s|%8s' % ('abcdef', 'abcdef', 'ab'))
print('%i %d %u' % (3.9, -2.5, 7), '%s' % (1,), '%s' % [1], '%s %s' % (1, 2))
print('%*d|%-*d|%.*f' % (6, 42, 6, 42, 2, 3.14159))
print('%x %o' % (-255, -8), '%d' % True, '%.2f' % 1, '%s' % 1.0, '%r' % 0.1, '%s' % 1e16, '%s' % 123456789.0)
print('%5s|%-5s|%05d|%.3d|%+05d' % (True, False, -3, 7, 12))
for fmt, val in [('%d', 'x'), ('%s %s', (1,)), ('%d', (1, 2)), ('%(a)s', (1,)), ('%q', 1), ('%', ()), ('%d', None), ('%c', 1234567), ('%.2f', 'x'), ('%x', 1.5)]:
    try:
        print(repr(fmt % val))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print('a%sb' % '', '%%s' % (), '%s' % '%d', '%-+6d|' % 3, '%2$s' if False else 'ok')
print('%.15f' % 0.1, '%.20g' % 0.1, '%.1f %.1f %.1f' % (0.05, 0.15, 0.25), '%.0f %.0f' % (1e20, 123.5))
print('%s' % 10 ** 20, '%d' % 10 ** 20, '%x' % 2 ** 70, '%e' % 10 ** 20, '%.3g' % 10 ** 20)
