# 2.7: int and long side by side
import sys
class MyInt(int):
    pass
class MyLong(long):
    pass
vals = [sys.maxint, -sys.maxint - 1, sys.maxint + 1, 5L, MyInt(3), MyLong(4), MyLong(2**70)]
for v in vals:
    print repr(v), str(v), type(v).__name__, type(v + 1).__name__, type(v * 2).__name__, type(-v).__name__, type(abs(v)).__name__, type(v // 1).__name__, hex(v), oct(v)
print type(sys.maxint + 1).__name__, type(-sys.maxint - 1).__name__, type(-(-sys.maxint - 1)).__name__, type(2 ** 62 * 2).__name__, type(2 ** 63 - 1).__name__
print type(int(2 ** 70)).__name__, type(int(5L)).__name__, type(long(5)).__name__, type(int('9' * 30)).__name__, type(int(1e19)).__name__, type(int(1e18)).__name__
print 5L == 5, hash(5L) == hash(5), {5L: 'x'}[5], 5L is not 5, repr(0L), repr(-0L), long('0x10', 16), long(' 12 '), long(3.9)
print type(sys.maxint * sys.maxint).__name__, type((sys.maxint * sys.maxint) // sys.maxint).__name__, type(abs(-sys.maxint - 1)).__name__
print type(MyLong(5).real).__name__, type(MyInt(5).real).__name__, MyLong(7).numerator, type(MyLong(7).conjugate()).__name__, type(long(MyLong(3))).__name__, type(int(MyLong(3))).__name__
print (2 ** 63) >> 1, type((2 ** 63) >> 1).__name__, type(1 << 62).__name__, type(1 << 63).__name__, type(-1 << 63).__name__, type(10L // 3).__name__
print divmod(-7L, 2), divmod(7, -2L), pow(2L, 3), pow(2, 3L, 5), type(pow(2, 3L, 5)).__name__, round(5L), round(MyLong(15), -1)
print '%d %s %r %x' % (5L, 5L, 5L, 255L), '{} {!r}'.format(5L, 5L), format(5L, 'b'), str(MyLong(9)), repr(MyLong(9))
