# 2.7 str._formatter_parser / _formatter_field_name_split (and unicode's), which string.Formatter uses
def show(s):
    try:
        out = []
        for piece in s._formatter_parser():
            out.append(piece)
        print repr(s), out
    except Exception as e:
        print repr(s), 'partial', out, type(e).__name__, e

for s in ['', 'plain', 'a{0}b', '{x!r:>{w}}', '{{lit}}', 'x{}y{}', '{a[0].b:^10}', '{0!s}',
          u'uni{0:d}', u'{x.y[z]}', '{0:{1}{2}}tail', 'a}}b{{c', '}', '{', 'ab{', 'x}y', '{0!}',
          '{0!r', '{0!rx}', '{0:', '{a{b}', '{[}', '{0[}', '{!r}', '{:}']:
    show(s)

def split(s):
    try:
        first, rest = s._formatter_field_name_split()
        print repr(s), repr(first), list(rest)
    except Exception as e:
        print repr(s), type(e).__name__, e

for s in ['', 'a', '0', '12', 'a.b', 'a[0]', 'a[x].y[1][2]', u'u.v', u'3[k]', 'a.', 'a[', 'a[0]x',
          'a..b', 'a[]', '99999999999999999999', 'a[007]', '.b', '[0]']:
    split(s)

it = 'a{0}b'._formatter_parser()
print type(it).__name__, next(it), list(it)
it = u'x'._formatter_field_name_split()[1]
print type(it).__name__
print type('a{0}'._formatter_parser().next()[1]).__name__, type(u'a{0}'._formatter_parser().next()[1]).__name__
try:
    'x'._formatter_parser(1)
except TypeError as e:
    print 'TypeError', e
try:
    u'x'._formatter_field_name_split(1, 2)
except TypeError as e:
    print 'TypeError', e
