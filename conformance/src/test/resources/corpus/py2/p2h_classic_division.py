# 2.7 classic division: int/int floors, negatives, longs, floats.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (1, 3), (-1, 3), (0, 5),
         (10L, 3), (-10L, 3), (2 ** 70, 3), (-2 ** 70, 7)]
for a, b in pairs:
    print a, b, a / b, a // b, a % b, divmod(a, b)
print 7 / 2.0, -7 / 2.0, 7.0 // -2, -7.5 % 2
print 1 / 2, 1.0 / 2, 1 / 2L, type(1 / 2L).__name__
x = 9
x /= 2
print x
x = -9
x /= 2
print x
print -7 % 3, 7 % -3, -7 % -3
print divmod(-7.5, 2), divmod(7, -0.5)
print round(-7 / 2), int(-7 / 2.0)
try:
    print 1 / 0
except ZeroDivisionError, e:
    print 'ZeroDivisionError', e
try:
    print 1L % 0
except ZeroDivisionError, e:
    print 'ZeroDivisionError', e
