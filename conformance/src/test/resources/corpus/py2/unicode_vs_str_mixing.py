# unicode vs str in 2.7: mixing, coercion, encode/decode, repr, u-prefix, errors.
# -*- coding: ascii -*-
s = "hello"
u = u"hello"
print type(s).__name__, type(u).__name__, s == u, repr(s), repr(u)
print type(s + u).__name__, repr(s + u), repr(u * 2), repr(u[1:3])
print isinstance(s, basestring), isinstance(u, basestring), isinstance(u, str)
e = u"caf\xe9"
print repr(e), len(e), repr(e.encode("utf-8")), len(e.encode("utf-8"))
print repr(e.encode("latin-1")), repr("caf\xc3\xa9".decode("utf-8")), repr(e.upper())
print repr(u"\u20ac"), repr(u"\u20ac".encode("utf-8")), repr(unichr(0x263a))
print e.encode("utf-8")
print repr(e.encode("ascii", "replace")), repr(e.encode("ascii", "ignore")), repr(e.encode("ascii", "xmlcharrefreplace"))
try:
    e.encode("ascii")
except UnicodeEncodeError, err:
    print "UnicodeEncodeError:", err
try:
    "caf\xc3\xa9" + u"!"
except UnicodeDecodeError, err:
    print "UnicodeDecodeError:", err
try:
    "\xff".decode("utf-8")
except UnicodeDecodeError, err:
    print "decode:", err
print repr(str(u"abc")), repr(unicode("abc")), repr(unicode(42)), repr(unicode([1]))
print repr(u"%s and %s" % ("str", u"uni")), repr("%s" % u"x"), repr("%r" % u"x")
print repr(u"a,b".split(u",")), repr(u"-".join(["a", "b"])), repr("-".join([u"a", "b"]))
print repr(u"Hello World".lower()), u"abc".isalpha(), repr(u" x ".strip())
print ord(u"\xe9"), ord("\xe9"), repr(unichr(233)), repr(chr(233))
print repr(u"x".encode("utf-16-be")), repr(u"ab".encode("utf-16-le"))
d = {"key": 1}
print d[u"key"], u"key" in d, hash(u"key") == hash("key")
print repr(u"\t\n"), repr(u"'\""), repr(u"\\")
print sorted([u"b", "a", u"c"]), repr(max(u"a", "b")), repr(str.upper("abc"))
print repr(bytes("x")), bytes is str, repr(bytearray("ab"))
print repr("%s" % e.encode("utf-8")), len(e)
