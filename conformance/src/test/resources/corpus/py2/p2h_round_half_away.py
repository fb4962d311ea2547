# 2.7 round(): half away from zero, always returns float.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.0, -0.0, 7, -7, 10L]:
    print repr(x), repr(round(x))
print round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2)
print round(1234.5678, -2), round(-1234.5678, -1), round(5, -1), round(15, -1), round(25, -1)
print round(-25, -1), round(1e300, 2), type(round(3)).__name__
print round(0.5 + 2 ** -53), round(-0.49999999999999994)
print int(2.5), int(-2.5), int(round(2.5)), int(round(-2.5))
print '%.0f %.0f %.0f' % (0.5, 1.5, 2.5)
print '%.1f %.2f' % (0.25, 0.125)
