# sorted() with no argument and split/rsplit with too many fail in each version's parser's words.
from __future__ import print_function
cases = [lambda: sorted(), lambda: 'a b'.split(' ', 1, 2), lambda: 'a b'.rsplit(None, 1, 0), lambda: b'a b'.split(b' ', 1, 2),
         lambda: u'a b'.split(u' ', 1, 2), lambda: 'a,b'.split(',', -1, 5, 6)]
for c in cases:
    try:
        print('ok', c())
    except TypeError as e:
        print('TypeError', e)
print(sorted([3, 1, 2]), 'a b  c'.split(), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), 'a b'.split(None))
try:
    'a b'.split(sep=' ', maxsplit=1, x=2)
except TypeError as e:
    print('TypeError', e)
