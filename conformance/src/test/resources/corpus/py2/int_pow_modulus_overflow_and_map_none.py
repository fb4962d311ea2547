# 2.7's pow(a, b, m) of ints gives a long when its machine-word square-and-multiply overflowed on the way,
# whatever the result's size; map(None, s) is list(s), with list()'s error for a non-iterable.
import sys

cases = [(10, 100, 2 ** 61 - 1), (10, 30, 1000000007), (3, 40, 2 ** 62), (2, 10, 1000), (7, 0, 13),
         (-3, 5, 7), (3, 5, -7), (2 ** 31, 3, 10 ** 9 + 7), (2 ** 32 + 1, 2, 2 ** 62), (0, 5, 3),
         (123456789, 987654321, 1000000007), (5L, 3, 7), (5, 3, 7L), (True, 5, 3)]
for a, b, m in cases:
    r = pow(a, b, m)
    print repr(r), type(r).__name__
print repr(pow(sys.maxint, 2, sys.maxint - 1)), repr(pow(2, 62, sys.maxint))

print map(None, [1, 2, 3]), map(None, "ab"), map(None, (4,))
for args in [(None, 5), (None, [1], 5), (None, 5, [1]), (abs, 5)]:
    try:
        print map(*args)
    except TypeError as e:
        print e
