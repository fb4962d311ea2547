from __future__ import print_function
# hash() of floats: integral floats hash like ints; fractions, signed
# zero, huge, tiny, infinities.  (hash(nan) is deliberately not printed.)
inf = float('inf')
values = [0.0, -0.0, 0.5, -0.5, 0.25, 1.5, 2.5, 3.14159, -2.71828,
          0.1, 0.2, 0.3, 1e-300, 1e-10, 1e10, 1e20, 1e300, -1e300,
          1.7976931348623157e308, 5e-324, 2.0 ** 61, 2.0 ** 62,
          2.0 ** 61 - 2.0 ** 9, 123456789.125, inf, -inf]
for v in values:
    print(repr(v), hash(v))
print(hash(0.0) == hash(-0.0))
print(hash(1e20) == hash(10 ** 20))
print(hash(2.0 ** 70) == hash(2 ** 70))
nan = float('nan')
print(nan == nan, nan in [nan])
