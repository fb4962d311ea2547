# 2.7: integer division of negatives and %-formatting of longs.
for a in [-1, -5, -10, -11, -2 ** 65]:
    for b in [3, -3, 7]:
        print a, b, a / b, a % b
big = 2 ** 70 + 12345
print '%d' % big
print '%i|%5d|%-25d|' % (big, 7L, -big)
print '%x %X %o' % (big, big, big)
print '%#x %#o' % (255L, 8L)
print '%s %r' % (big, big)
print '%+d %+d' % (5L, -5L)
print '%.3d %05d' % (7L, -42L)
print '%e %f %g' % (big, 3L, 10L ** 20)
print '%c' % 65L, '%c' % 97
print str(-big), repr(-big), hex(-big), oct(big)
print long('123456789012345678901234567890') / -7
print -(2 ** 64) // 10, -(2 ** 64) % 10
