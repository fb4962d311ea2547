# 2.7: hash of str equals hash of unicode for ASCII; they are equal dict keys.
for s in ['', 'a', 'abc', 'hello world', 'x' * 50, '\x00\x7f']:
    print repr(s), hash(s), hash(unicode(s)), hash(s) == hash(unicode(s))
print hash('\xe9'), hash(u'\xe9'), hash(u'\xe9'.encode('utf-8'))
print hash(u'\u20ac'), hash(u'\U0001f600')
d = {'key': 1}
d[u'key'] = 2
print d
print len(d)
s = set(['a', u'a', 'b', u'c'])
print s
print len(s)
print 'abc' == u'abc', 'abc' is u'abc'
print type('a' + u'b'), repr('a' + u'b')
print repr(u'caf\xe9'), repr('caf\xc3\xa9')
print repr(u'caf\xe9'.encode('utf-8'))
print repr(unicode('caf\xc3\xa9', 'utf-8'))
print [u'x', 'y', u'\u1234']
print '%s|%s' % ('a', u'b'), repr('%s' % u'q')
print str(u'abc'), repr(str(u'abc'))
