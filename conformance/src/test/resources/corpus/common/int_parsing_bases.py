# int(text, base): signs, prefixes, underscores, leading zeros under base 0 (octal in 2.7, refused in 3.x
# unless all zeros), values at and past the 64-bit edge, and the ValueError of every malformed literal.
from __future__ import print_function

cases = ["0", "-0", "+7", " 42 ", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
         "-9223372036854775809", "123456789012345678901234567890", "0x1F", "-0x10", " -0o17", "0b101", "1_000",
         "--5", "+-5", "", " ", "0x", "x1", "1x", "12a", "ff", "FF", "z", "1_", "_1", "1__0", "0777", "08",
         "00", "0_0", "0_7", "1e3", "7L", "0L"]
for base in (10, 16, 0, 2, 36, 8):
    for c in cases:
        try:
            v = int(c, base)
            print(base, repr(c), v, type(v).__name__)
        except ValueError as e:
            print(base, repr(c), "ValueError", e)

total = 0
bad = 0
for i in range(3000):
    try:
        total += int(("%d" if i % 3 else "x%d") % i)
    except ValueError:
        bad += 1
print(total, bad, int("7" * 40) % 1000, -int("8" * 19), int("-" + "9" * 18))
