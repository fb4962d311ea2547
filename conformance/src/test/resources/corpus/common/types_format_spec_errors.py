# -*- coding: utf-8 -*-
from __future__ import print_function
import sys
PY3 = sys.version_info >= (3,)
for spec in ['c', 'n', ',', '_' if sys.version_info >= (3, 6) else ',', 'x', '#x', '#X', '#o', '#b', '08b', '+x', ' o', '^+8d', '=8', '010,', '<#6x', 'e', '.2%', '>+9.3e', '12,d']:
    out = []
    for v in [65, -1234567, 0]:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append('%s: %s' % (type(e).__name__, e))
    print(repr(spec), out)
for v, spec in [(1.5, 'd'), ('s', 'd'), (1, 's'), (1.5, 'c'), (1, ',x'), (1, '=s') if False else (1, '.2d'), ('abc', '=5'), ('abc', '+'), (1j, '=5'), (True, 'x'), (None, '>5'), ([1], 'x')]:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
if sys.version_info >= (3, 6):
    for spec in ['_x', '_b', '_o', '_X', '#_x', ',b' ]:
        try:
            print(spec, format(123456789, spec))
        except ValueError as e:
            print(spec, 'ValueError', e)
print('{0[1]} {0[0]} {1.real} {2[key]}'.format([7, 8], 3 + 4j, {'key': 'v'}), '{:{}}'.format(3.14159, '.3'), '{:{w}.{p}f}'.format(2.5, w=8, p=2))
print('{{}} {{{0}}}'.format(1), '{0!r:>8}'.format('x'), '{0!s:^7}'.format(1.5), '{!r}'.format(u'é') if PY3 else "'é'")
if PY3:
    print('{!a}'.format('é'), ascii('é\n'), format('abc', '.1'), format('abc', '^7.2'))
for tmpl, args in [('{0} {1}', (1,)), ('{', ()), ('}', ()), ('{0', ()), ('{!x}', (1,)), ('{0:x', (1,)), ('{a}', ()), ('{} {0}', (1, 2)), ('{0} {}', (1, 2)), ('{0[}', ([1],)), ('{0.}', (1,))]:
    try:
        print(repr(tmpl.format(*args)))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(repr(tmpl), type(e).__name__, e)
print('%c' % 97, '%5c|' % 'x', '%-3c|' % 66, '%%', '%s' % (1,), '%s' % [1, 2], '%r' % ((1, 2),), '%d%%' % 50)
for tmpl, args in [('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', (1,)), ('%(a)s', (1,)), ('%c', 1114112 if PY3 else 256), ('%c', 'ab'), ('%.*f', (2, 3.14159)), ('%*d', (5, 42)), ('%-*d|', (4, 7)), ('%i', 3.9), ('%x', 3.0)]:
    try:
        print(repr(tmpl % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(tmpl), type(e).__name__, e)
print('%s %s' % ('a', 'b'), '%(x)s-%(x)r' % {'x': 'y'}, '%5.1s|' % 'abc', '%#o %#x %#X' % (0, 0, 255), '%+.0f %+.0f' % (0.5, 1.5), '%e' % 0)
print(format(1e-7, ''), format(1e16, ''), format(123.0, ''), format(-0.0, ''), format(1e-7, 'n'), format(12345.6789, 'n'), format(0.1, '.17'), format(1.0, '.0'))
print(format(float('nan'), '08.2f'), format(float('-inf'), '=+10'), format(1e300 * 10, '^9'), format(-0.0, '+g'), format(0.0, '-'))
print(repr(format(255, 'c')), format(10**20, ','), format(-10**20, '_d') if sys.version_info >= (3, 6) else '', format(2**64, 'x'), format(-2**64, '#b')[:8])
