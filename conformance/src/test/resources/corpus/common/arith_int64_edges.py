# Arithmetic where pyvm's small ints (a Java long) end and big ints begin: results at the edges of 64 bits,
# signs of remainders and floor quotients, shifts past 63 bits, errors, in-place forms, and float edges.
from __future__ import print_function

big = 2 ** 62
top = 9223372036854775807
bottom = -top - 1

print(big * 2, big * 2 - 1, big * -2, (big - 1) * 2)
print(top * 2, bottom * 2, bottom * -1, top * -1)
print(3037000499 * 3037000499, 3037000500 * 3037000500, -3037000500 * 3037000500)
print(top + 1, bottom - 1, top - -1, bottom + -1)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 % 5, 0 % -5, 6 % -3, -6 % 3)
print(bottom % -1, bottom % 7, top % -7, bottom % bottom, top % bottom)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 0 // -3, bottom // 1, bottom // 2)
print(bottom // -1, top // -1, -1 // top, 1 // bottom)
print(12 & 10, 12 | 10, 12 ^ 10, -12 & 10, -12 | 10, -12 ^ 10, bottom & -1, top ^ bottom)
print(1 >> 1, -1 >> 1, -1 >> 63, -1 >> 64, -1 >> 1000, top >> 62, top >> 63, bottom >> 63, 5 >> 0)
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, 3 << 70)

for x, y in ((7, 0), (0, 0), (-7, 0)):
    for name, fn in (("%", lambda p, q: p % q), ("//", lambda p, q: p // q)):
        try:
            print(name, fn(x, y))
        except ZeroDivisionError as e:
            print(name, "ZeroDivisionError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)

a = 5
a *= top
print(a)
a = bottom
a %= 10
print(a)
a = -17
a //= 5
print(a)
a = 0xF0
a &= 0x3C
a |= 1
a ^= 0xFF
a >>= 2
print(a)

inf = float("inf")
nan = float("nan")
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * -2.0, 1.0 / 3.0, 7.0 / -2.0)
print(inf + 1.0, inf - inf, inf * 0.0, -inf * 2.0, 1.0 / inf, -1.0 / inf)
print(nan + 1.0, nan * 0.0, nan == nan, (nan - nan) != (nan - nan))
print(0.0 * -1.0, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, 0.0 / -5.0)
print(1e308 * 10.0, -1e308 * 10.0, 5e-324 / 2.0, 1e-308 * 1e-10)
print(0.1 + 0.2, 0.3 - 0.1, 1.1 * 1.1, 2.0 / 3.0, 1e16 + 1.0)
for x, y in ((1.0, 0.0), (0.0, 0.0), (-1.0, -0.0)):
    try:
        print(x / y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
f = 2.5
f *= 4.0
f -= 0.5
f += 0.25
f /= 2.0
print(f, repr(f))
print(7.5 % 2.0, -7.5 // 2.0, 2.0 ** 10.0)
print(type(big * 2).__name__, type(top * 2).__name__, type(7 % 3).__name__, type(1.5 * 2.0).__name__)
