# array.array in 2.7: 'c' items, tostring/fromstring, unicode 'u' items, longs for 'I'/'L', __reduce__
from array import array

c = array('c', 'hello')
print c, c[0], c[1:3], c.tostring(), c.tolist(), len(c), c.itemsize
c.fromstring('!!')
c.append('x')
c[0] = 'H'
print c, c.count('l'), c.index('o'), 'e' in c, repr(c.tostring())
for bad in ('ab', 1, u'z'):
    try:
        c.append(bad)
    except TypeError as e:
        print 'TypeError', e
h = array('h', [1, -2, 300])
s = h.tostring()
print repr(s), len(s), array('h', s), array('H', '\x01\x02\x03\x04')
g = array('h')
g.fromstring(s)
print g, g == h
try:
    g.fromstring('abc')
except ValueError as e:
    print 'ValueError', e
try:
    array('h', 'abc')
except ValueError as e:
    print 'ValueError', e
u = array('u', u'h\xe9llo')
print u, repr(u.tounicode()), repr(u[1]), u.tolist(), len(u)
u.fromunicode(u'!')
print u, array('u')
for f, arg in ((array('u').fromunicode, 3), (array('i').fromunicode, u'x'), (array('i').tounicode, None)):
    try:
        f() if arg is None else f(arg)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
print array('I', [1, 2 ** 32 - 1]), array('L', [2 ** 63, 5]), array('I', [7])[0], type(array('L', [1])[0])
print array('i', [1, 2]).__reduce__(), array('c', 'ab').__reduce__(), array('u', u'a').__reduce_ex__(2)
print array('i', [3]) < [1], array('i') == [], cmp(array('i', [1]), array('i', [2]))
it = iter(array('b', [1]))
print list(it)
a = array('b', [1])
it = iter(a)
print list(it), a.append(2), list(it)
for v in (-1L, 2 ** 64, -1, 1.0, '1'):
    for code in 'IL':
        try:
            print code, array(code, [v])
        except (OverflowError, TypeError) as e:
            print code, type(e).__name__, e
