# 2.7 hashes of int and long, including values beyond sys.maxint.
import sys
vals = [0, 1, -1, -2, sys.maxint, -sys.maxint, -sys.maxint - 1,
        sys.maxint + 1, sys.maxint * 2, sys.maxint * 2 + 1, sys.maxint * 2 + 2,
        2 ** 64, 2 ** 64 + 1, -2 ** 64, 2 ** 100, -2 ** 100, 10 ** 30,
        2 ** 61 - 1, 2 ** 63, 0L, 1L, -1L, 123L]
for v in vals:
    print repr(v), type(v).__name__, hash(v)
print hash(5) == hash(5L), hash(-1L) == hash(-1)
print hash(sys.maxint + 1) == hash(float(sys.maxint + 1))
d = {5: 'int'}
d[5L] = 'long'
print d
print hash(2 ** 64) == hash(1), hash(2 ** 64 - 1)
