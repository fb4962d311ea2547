from __future__ import print_function
import sys

big = 2 ** 100 + 12345
print(big, -big, big.bit_length(), (-big).bit_length())
for n in [0, 1, -1, 255, 256, -256, 2**63 - 1, -2**63, 2**64]:
    print(n, n.bit_length(), abs(n), hex(n), oct(n), bin(n))

for a in [7, -7, 13, -13, 2**70 + 3, -(2**70 + 3)]:
    for b in [3, -3, 5, -5, 2**35 + 1]:
        print(a, b, a // b, a % b, divmod(a, b))

print(pow(3, 200, 1000), pow(-3, 201, 1000), pow(2, 10, -7), pow(5, 0, 1))
print(pow(2, -1), pow(-2, -3), pow(10, -2))
print(2 ** -1, (-8) ** 2, 0 ** 0)
try:
    pow(2, -1, 7) if sys.version_info < (3, 8) else pow(2, 3, 0)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)

for v in [0, 5, 15, 25, 35, 125, 135, -125, -135, 1234567]:
    print(v, round(v, -1), round(v, -2), round(v, 0), round(v, 2))

for s, base in [('0x1F', 16), ('1f', 16), ('0b1011', 0), ('0o17', 0), ('017', 8),
                ('z', 36), ('ZZ', 36), ('  42  ', 10), ('-0x10', 16), ('+101', 2),
                ('0X_ff', 0) if sys.version_info >= (3, 6) else ('0xff', 0),
                ('1_000', 10) if sys.version_info >= (3, 6) else ('1000', 10)]:
    print(repr(s), base, int(s, base))

for s, base in [('0x', 16), ('12', 2), ('', 10), ('1__0', 10), ('09', 0), ('_1', 10), ('1 2', 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print('ValueError', e)

for bad in [1, 37, -1]:
    try:
        int('10', bad)
    except ValueError as e:
        print('ValueError', e)

print(int(3.99), int(-3.99), int(1e20), int(True), int('  -7 '))
print((1 << 200) >> 198, -1 >> 10, -(1 << 70) >> 3, ~(2**80), 5 & -3, -5 | 3, -5 ^ 3)
print(big * big - big ** 2, big // 7, big % 7, -big // 7, -big % 7)
print(10 ** 30 // 3, 10 ** 30 % 3, float(10 ** 30), 10 ** 30 / 7 if sys.version_info >= (3,) else 'x')
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    5 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    5 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    divmod(big, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(int.__name__, (5).__class__.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
