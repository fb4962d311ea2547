# int/long distinction: automatic promotion and the L suffix in repr.
a = 2 ** 62
b = a * 4
print type(a).__name__, type(b).__name__
print repr(b)
print repr(10L)
print 10L + 5
print type(10L + 5).__name__
print repr(-2 ** 63)
print type(-2 ** 63).__name__
print type(-(2 ** 63) + 1).__name__
print repr(long(7))
print 7L == 7
print repr(2 ** 100 // 2 ** 99)
print type(2 ** 100 // 2 ** 99).__name__
print int(2 ** 100 // 2 ** 99), type(int(2 ** 100 // 2 ** 99)).__name__
print repr([1L, 2, 3L])
print "%d %s %r" % (5L, 5L, 5L)
print hex(255L), oct(8L)
print long("123456789012345678901234567890")
print 0xFFFFFFFFFFFFFFFFL
print isinstance(5L, (int, long))
import sys
print sys.maxint
print type(sys.maxint + 1).__name__
print repr(sys.maxint + 1)
print -sys.maxint - 1
print type(-sys.maxint - 1).__name__
