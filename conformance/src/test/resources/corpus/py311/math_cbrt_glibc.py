# 3.11's math.cbrt gives the C library's cube root, which is not always the correctly rounded one
# (cbrt(27) is 3.0000000000000004): pyvm computes it by the same polynomial and correction step.
import math

for x in [27.0, 8.0, 2.0, 3.0, 1e-300, 5e-324, 1e300, -64.0, 0.001, 1234.5678, 1.0, -1.0, 0.0, -0.0, 7.0]:
    print(repr(x), repr(math.cbrt(x)))
for i in range(1, 40):
    x = i * 0.37
    print(repr(x), repr(math.cbrt(x)), repr(math.cbrt(-x)))
print(math.cbrt(float("inf")), math.cbrt(float("-inf")), math.cbrt(float("nan")))
print(math.cbrt(10 ** 30), math.cbrt(True))
