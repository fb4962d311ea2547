# 2.7: a __str__ that returns unicode. str() encodes it as ASCII, print writes it encoded (to a file object
# or to anything with write()), '%s' formatting turns the whole result unicode.
import sys
class U(object):
    def __str__(self):
        return u"\xe9"
class A(object):
    def __str__(self):
        return u"abc"
class W(object):
    def write(self, s):
        sys.stdout.write(repr(s) + "\n")
w = W()
print >>w, u"\xe9", "x", A(), 1
try:
    print >>w, U(),
except UnicodeError as e:
    print "print >>w:", e
print >>w
print A(), u"\u1234"
print "%s" % A(), "%s-%s" % (u"a", A()), repr("%s" % A())
try:
    print U()
except UnicodeEncodeError as e:
    print "print:", e
print str(A()), repr(str(A()))
try:
    str(U())
except UnicodeEncodeError as e:
    print "str():", e
print repr(unicode(U())), repr(u"%s" % U())
sys.stdout.write(u"\xe9\n")
print >>sys.stderr, u"\xe9", A()
for bad in [U(), 5, None]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print "write:", e
for call, f in [('write()', lambda: sys.stdout.write()), ('write("a", "b")', lambda: sys.stdout.write("a", "b")),
                ('writelines([1])', lambda: sys.stdout.writelines([1]))]:
    try:
        f()
    except TypeError as e:
        print call, e
sys.stdout.write(bytearray("bytearray\n"))
sys.stdout.write(buffer("buffer\n"))
sys.stdout.writelines(["lines ", bytearray("and bytes\n")])
print issubclass(str, basestring), issubclass(unicode, basestring), issubclass(int, basestring), issubclass(basestring, basestring)
class S(str):
    pass
print issubclass(S, basestring), isinstance(S("x"), basestring)
try:
    basestring()
except TypeError as e:
    print "basestring():", e
