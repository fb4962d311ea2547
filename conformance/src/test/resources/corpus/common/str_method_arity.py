# str and bytes methods that take no argument (upper, isdigit...) or exactly one (join, partition) refuse
# other counts with CPython's TypeError (3.10+ name them str.upper) instead of ignoring the extra ones.
from __future__ import print_function
import sys
cases = [lambda: 'a'.upper(1), lambda: 'a'.lower(None), lambda: 'ab'.isdigit(2), lambda: ','.join(), lambda: ','.join('a', 'b'),
         lambda: 'a=b'.partition(), lambda: 'a'.title(x=1), lambda: b'a'.upper(1), lambda: u'a'.upper(1), lambda: 'abc'.capitalize(1, 2),
         lambda: 'x'.swapcase(()), lambda: 'a b'.rpartition(' ', 1)]
for c in cases:
    try:
        print('ok', c())
    except TypeError as e:
        print('TypeError', e)
print('aBc'.upper(), 'aBc'.lower(), '-'.join(['x', 'y']), 'k=v'.partition('='), 'a1'.isalnum(), 'Ab'.swapcase(), 'hi there'.title())
if sys.version_info >= (3, 9):
    print('prefix_x'.removeprefix('prefix_'), 'x.py'.removesuffix('.py'))
