# repr() and str() of floats differ between versions; the goldens record each one.
values = [0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e16, 1e17, 1e-5, 1e-4,
          123456789.123456789, 1e22, 5e-324, 1.7976931348623157e308, 100.0, 0.0]
for v in values:
    print(repr(v))
for v in values:
    print(str(v))
print(repr(float("inf")))
print(repr(float("-inf")))
print(repr(float("nan")))
print([0.1, 0.5, 1e-7])
print((1.5, -2.25))
print("%r" % 0.3)
print("%s" % 0.3)
print("%.15g" % 0.3)
print("%.17g" % 0.3)
print(float(10 ** 20))
print(3.0 * 1.1)
