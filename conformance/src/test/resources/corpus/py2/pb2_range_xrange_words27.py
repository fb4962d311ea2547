# 2.7's range() builds a list (ints from C longs, longs past them) and xrange parses C longs: each with
# its own errors; xrange has no slicing and compares by identity.
import sys
class I:
    def __int__(self):
        return 3
print range(0, 2**64, 2**62), range(2**63, 2**63 + 2), range(True, 3L), range(5L, 7), range(I()), range(-2**70)
for a in [(1.5,), (1, 2.5), (1, 2, 3.5), (), (1, 2, 3, 4), (0, 2**64, 0), ('a',), (2**62,), (None, 3), (0, 2**70, 2**69)]:
    try:
        print range(*a)
    except Exception as e:
        print 'range%r' % (a,), type(e).__name__, e
try:
    range(x=1)
except TypeError as e:
    print e
x = xrange(10)
for a in [(1.5,), (2**63,), ('a',), (0, 10, 0), (-2**62, 2**62), (I(),), (1, I()), (None,)]:
    try:
        print xrange(*a)
    except Exception as e:
        print 'xrange%r' % (a,), type(e).__name__, e
for f in [lambda: x[1:3], lambda: x[10], lambda: x[-11], lambda: x[2**70]]:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e
print x == xrange(10), x == x, x != xrange(10), x.__reduce__(), xrange(1, 10, 4).__reduce__(), len(xrange(sys.maxint))
print xrange(3, -5, -2), list(xrange(3, -5, -2)), xrange(0, 10, 3), xrange(5, 5), xrange(-3)
