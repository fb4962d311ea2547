# Long integers in 2.7: L suffix in repr but not str, int/long promotion, mixed arithmetic.
import sys
a = 10L
b = sys.maxint
print repr(a), str(a), a, type(a).__name__
print b, type(b).__name__, type(b + 1).__name__, repr(b + 1)
print type(-b - 1).__name__, type(-b - 2).__name__
print repr(2 ** 62), repr(2 ** 63), repr(2 ** 64)
print 2 ** 100, repr(2 ** 100)
print repr(5L + 3), repr(5L * 2), repr(7L // 2), repr(7L % 3), repr(-7L / 2)
print repr(long(3)), repr(long("123")), repr(int(5L)), type(int(2 ** 70)).__name__
print repr([1L, 2, 3L]), repr((0L,)), repr({1L: 2L})
print "%d %s %r" % (5L, 6L, 7L), "%x %o" % (255L, 8L)
print hex(255L), oct(8L), hex(2 ** 70), repr(abs(-3L))
print 1L == 1, 1L is 1, hash(1L) == hash(1), 2L < 3, cmp(2L, 2)
print long("ffff", 16), repr(long("-0777", 8)), long(3.9), long(-3.9)
print divmod(10L, 3), divmod(-10L, 3L), pow(3L, 40), pow(2L, 10, 1000)
print repr(2L ** 200 // 3 ** 100)
print repr(-(2 ** 64) >> 60), repr(1L << 5), repr(~5L)
print isinstance(5L, long), isinstance(5L, int), isinstance(5, (int, long))
big = 1
for i in range(1, 26):
    big *= i
print big, repr(big), len(repr(big)), len(str(big))
print repr(float(2 ** 70)), repr(0L), repr(-0L), repr(-1L)
print sum([1L, 2L]), repr(sum([1, 2L])), repr(max(1L, 2)), repr(min(3L, 2))
print repr(range(3L)), repr(xrange(2L))
print repr(round(5L)), repr(5L / 2.0), repr(True + 1L)
try:
    long("12z")
except ValueError, e:
    print "ValueError:", e
print "%s" % (2 ** 64,), `2 ** 64`
