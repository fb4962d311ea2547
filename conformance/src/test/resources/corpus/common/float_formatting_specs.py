# Float arithmetic and the many ways to format it: repr, str, %, str.format, format().
from __future__ import print_function
values = [0.1, 0.5, 1.0 / 3, 2.0 / 3, 1e16, 1.5e-7, 123456.789, -0.0, 100.0, 2.5]
for v in values:
    print(repr(v))
for v in values:
    print("%f|%.2f|%e|%g|%10.3f|%-10.1f|" % (v, v, v, v, v, v))
for v in values:
    print("{0:.3f} {0:+.1e} {0:>12.4g} {0:08.2f}".format(v))
for v in values:
    print(format(v, ".5g") + " " + format(v, "10.2%") + " " + format(v, "^12.1f") + "!")
print(0.1 + 0.2)
print(0.1 + 0.2 == 0.3)
print(abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 / 8, 7.0 / 2, -7.0 / 2)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(2.0 ** 0.5, 2.0 ** -1, (-8.0) ** 2)
print(float("inf") > 1e308, -float("inf") < -1e308)
print(repr(float("inf")), repr(-float("inf")))
print(1e308 * 10)
print(float("nan") == float("nan"))
print(repr(1e22), repr(1e-5), repr(1.23e-4))
print(repr(123456789.0), repr(1234567890123456789.0))
print(int(3.99), int(-3.99), float(7), float(-7) / 2)
print("%5.1f%%" % 99.44)
print("%s %r" % (1.1, 2.2))
print("{:,.2f}".format(1234567.891))
print("{0:.0f} {1:.0f} {2:.0f}".format(0.5, 1.5, 2.5))
print(round(3.14159, 2), round(-2.675, 2), round(1234.5678, -2))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(3.0 * 1.1, 1.1 * 1.1, 10 / 4.0)
print(float.__name__, (1.5).is_integer(), (2.0).is_integer())
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
total = 0.0
for i in range(10):
    total += 0.1
print(total, repr(total), "%.20f" % total)
