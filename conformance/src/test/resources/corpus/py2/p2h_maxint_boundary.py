# 2.7 int/long overflow boundary around sys.maxint.
import sys
m = sys.maxint
print m, type(m).__name__
print m + 1, type(m + 1).__name__
print -m - 1, type(-m - 1).__name__
print -m - 2, type(-m - 2).__name__
print m * 2, type(m * 2).__name__
print -(-m - 1), type(-(-m - 1)).__name__
print abs(-m - 1), type(abs(-m - 1)).__name__
print (m + 1) - 1, type((m + 1) - 1).__name__
print int(m + 1), type(int(m + 1)).__name__
print int(m + 1 - 1), type(int(m + 1 - 1)).__name__
print 2 ** 62, type(2 ** 62).__name__, 2 ** 63, type(2 ** 63).__name__
print 1 << 62, type(1 << 62).__name__, 1 << 63, type(1 << 63).__name__
print repr(m + 1), repr(5L), str(5L), `m + 1`
print (-m - 1) // -1, type((-m - 1) // -1).__name__
print m % 1000, (m + 1) % 1000
print long(3), repr(long(3)), int(3L), repr(int(3L))
print hex(m), hex(m + 1), oct(8L), hex(-1L)
print '%d %d' % (m + 1, -m - 2)
print isinstance(m + 1, (int, long)), isinstance(m, long)
