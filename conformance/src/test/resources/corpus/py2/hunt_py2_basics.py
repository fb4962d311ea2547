import string
print 'hello', 'world'
print 'no newline',
print 'continued'
print
x = 7 / 2
y = 7.0 / 2
z = -7 / 2
print x, y, z, 7 // 2, 7 % -3, 2 ** 62, 2 ** 64, type(2 ** 64).__name__, type(2 ** 62).__name__
print 10L, repr(10L), long(5), int(2 ** 70) == 2 ** 70, type(int(2 ** 70)).__name__
print range(5), xrange(3), list(xrange(1, 10, 3)), map(str, [1, 2]), zip('ab', [1, 2]), filter(None, [0, 1, 2])
d = {'b': 1, 'a': 2}
print d.has_key('a'), sorted(d.keys()), sorted(d.iteritems()), sorted(d.itervalues())
s = u'caf\xe9'
print repr(s), len(s), repr(s.encode('utf-8')), type(s).__name__, type('x').__name__, isinstance('x', basestring)
print repr('abc' + u'def'), 'abc' == u'abc', repr(str(u'abc')), repr(unicode('xyz'))
print sorted([3, 1, 2], cmp=lambda a, b: b - a), sorted(['bb', 'a', 'ccc'], key=len, reverse=True)
print cmp(1, 2), cmp('b', 'a'), cmp([1], [1]), 1 < 'a', None < 0, [] < {} if False else 'skip'
print string.upper('abc'), string.join(['a', 'b'], '-'), string.ascii_lowercase[:5], string.digits
print reduce(lambda a, b: a + b, [1, 2, 3]), apply(max, [1, 5, 2]), buffer('abc')[1:] if False else 'buf'
print `42`, `'q'`, repr([1L, 2]), round(2.5), round(-2.5), round(0.125, 2)
class Old:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Old(%r)' % self.v
class New(object):
    pass
print Old(1), type(Old(1)).__name__, type(New()).__name__, isinstance(Old(1), Old)
try:
    raise ValueError, 'old style raise'
except ValueError, e:
    print 'caught', e, e.args, e.message
try:
    {}['k']
except KeyError as e:
    print 'KeyError', e, repr(e)
print '%s %r' % (u'uni', u'uni'), u'%s' % 'bytes', 'a'.decode('ascii'), repr('\xff')
print dict(zip('abc', range(3))) == {'a': 0, 'b': 1, 'c': 2}, [x for x in 'ab'], x
print int('0777', 8), int('ff', 16), 0777, 0xff, oct(64), hex(255L), bin(5)
print divmod(7, -2), abs(-3L), max([1, 2L]), sum([1, 2.5]), 3 / 2.0, 1e100 > 10 ** 99
print 'abc'.center(7, '*'), 'a,b'.split(','), ' x '.strip(), 'x'.zfill(3), 'AbC'.swapcase()
print True + 1, True and 'yes', None or 'default', not [], 5 if 0 else 6
