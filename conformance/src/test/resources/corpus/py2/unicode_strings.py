# -*- coding: utf-8 -*-
# str vs unicode: u'' literals, encoding, mixing, repr.
s = "caf\xc3\xa9"
u = u"caf\u00e9"
print type(s).__name__, type(u).__name__
print len(s), len(u)
print repr(s)
print repr(u)
print u.encode("utf-8") == s
print s.decode("utf-8") == u
print repr(u"snowman \u2603 and \U0001F600")
print repr(u"ascii" + "bytes")
print type(u"a" + "b").__name__
print u"\N{GREEK SMALL LETTER ALPHA}" == u"\u03b1"
print repr(u"é")
print u.upper().encode("utf-8")
print repr(unicode("plain"))
print repr(str(u"abc"))
print repr(u"x" * 3)
print repr(u"%s-%d" % (u"a", 1))
print repr("%s" % u"mix")
print repr(unichr(233))
print ord(u"\u20ac")
print repr(u"tab\tquote'".split(u"\t"))
print isinstance(u, basestring), isinstance(s, basestring)
try:
    str(u"\u2603")
except UnicodeEncodeError as e:
    print "UnicodeEncodeError", e.start, e.end
print repr(ur"raw\n")
print repr(b"bytes literal is str")
