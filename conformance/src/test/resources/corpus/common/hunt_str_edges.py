from __future__ import print_function
for f in [lambda: 'abc'.center(5, 'xy'), lambda: 'abc'.ljust(5, 3), lambda: u'abc'.rjust(5, u'xy'), lambda: u'abc'.center(5, 3), lambda: 'abc'.zfill('3')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print('abc'.count('', 10), 'abc'.count('', 3), 'abc'.startswith('', 10), 'abc'.endswith('', 4), 'abc'.rfind('', 5), 'abc'.find('', 3), 'abc'.find('', -10, -9))
print('abc'.find('', 2, 1), 'abc'.count('', 2, 1), 'abc'.startswith('', 2, 1), 'abc'.replace('', '-', 2))
try:
    'abc'.index('', 10)
except ValueError as e: print(e)
print(u'abc'.find(u'', 10), u'abc'.count(u'', 10), b'abc'.find(b'', 10), u'abc'.startswith(u'', 10))
for f in [lambda: b'abc'.center(5, b'xy'), lambda: b'abc'.ljust(5, 3), lambda: b'abc'.ljust(5, u'x'), lambda: u'abc'.center(5, b'x'), lambda: 'abc'.center(5, '')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
