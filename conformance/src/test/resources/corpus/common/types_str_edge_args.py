# -*- coding: utf-8 -*-
from __future__ import print_function, unicode_literals
import sys
PY3 = sys.version_info >= (3,)
def r(x):
    return repr(x) if PY3 else repr(x).lstrip('u').replace("u'", "'")
def attempt(f):
    try:
        return r(f())
    except (ValueError, TypeError, OverflowError, IndexError, LookupError) as e:
        return '%s: %s' % (type(e).__name__, str(e).replace("u'", "'"))
tests = [
    lambda: 'a,b'.split(''),
    lambda: 'aaa'.replace('a', 'b', -5),
    lambda: 'ab'.center(6, 'xy'),
    lambda: 'ab'.center(-1),
    lambda: ''.join(str(i) for i in range(4)),
    lambda: 'a\tb'.expandtabs(-3),
    lambda: 'ab'.startswith(()),
    lambda: 1 in 'abc',
    lambda: 'ab' * -1,
    lambda: '{2}'.format(1, 2),
    lambda: 'aaaa'.count('aa'),
    lambda: 'abc'.index('c', -1),
    lambda: 'abc'.find('a', 10),
    lambda: 'abc'.rfind('', 1, 2),
    lambda: 'ab'.rjust(-3, '*'),
    lambda: 'a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g'.splitlines(),
    lambda: 'a\x1cb\x85c'.split(),
    lambda: '\u00a0\u2000\u3000\t'.isspace(),
    lambda: '\u200b'.isspace(),
    lambda: "hello 2nd world o'neil x1y".title(),
    lambda: 'ǆemal ǉ'.capitalize(),
    lambda: 'ß'.capitalize(),
    lambda: 'ﬁre'.title(),
    lambda: 'ΣΑΣ ΟΔΟΣ'.lower(),
    lambda: 'İstanbul'.lower(),
    lambda: 'aBc'.swapcase(),
    lambda: 'x'.ljust(3, 'é'),
    lambda: 'abc'.strip(''),
    lambda: 'xyx'.strip(None),
    lambda: 'a b'.split(None, 0),
    lambda: ' a b '.split(None, 0),
    lambda: ' a b '.rsplit(None, 0),
    lambda: 'a||b||'.split('||'),
    lambda: 'abc'.partition(''),
    lambda: 'abcabc'.rindex('b', 0, 4),
    lambda: 'abc'.endswith(('c',), 0, 2),
    lambda: 'abc'.endswith('', 5),
    lambda: 'abc'[5:1:-1],
    lambda: 'abc'[::-1][::2],
    lambda: 'abc'[10],
    lambda: 'abc'[str('1')],
    lambda: '%.3s|%-6.2s|' % ('abcdef', 'xyz'),
    lambda: '%s' % (),
    lambda: '%s %s' % 'ab',
    lambda: '%(a)s %s' % {'a': 1},
    lambda: '%' % (),
    lambda: 'ab'.encode('rot13') if not PY3 else 'ab'.encode('nonexistent-codec'),
    lambda: 'a'.zfill(10**3)[-3:],
    lambda: str(1.0).zfill(6),
    lambda: '-'.join('abc'),
    lambda: 'The Quick'.istitle(),
    lambda: 'THE1 QUICK'.istitle(),
    lambda: '١٢'.isdigit() and '١٢'.isdecimal(),
    lambda: 'Ⅷ'.isnumeric(),
    lambda: 'x²'.isalnum(),
]
for i, t in enumerate(tests):
    print(i, attempt(t))
