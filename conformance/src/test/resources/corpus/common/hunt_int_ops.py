from __future__ import print_function
big = 2 ** 100
print(big, -big, big * big, big // 3, big % 7, -big // 7, -big % 7)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(big, 12345))
print(pow(3, 200, 1000), pow(-3, 3, 7), pow(2, 10), pow(7, 0), pow(0, 0), pow(2, 100, 2 ** 61 - 1))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xff, -1 >> 3, 1 << 70, big >> 90, -big >> 95)
print(bin(10), bin(-10), hex(255), hex(-255), oct(8), oct(-8), bin(0), hex(big))
for s, b in [('ff', 16), ('0xff', 16), ('0b101', 0), ('0o17', 0), ('777', 8), ('z', 36), ('  -42  ', 10), ('1010', 2), ('0x1F', 0), ('12', 3)]:
    print(s.strip(), b, int(s, b))
for s, b in [('12', 2), ('', 10), ('0x', 16), ('1.5', 10), ('9', 8), ('abc', 10)]:
    try:
        int(s, b)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('5', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int('5', 37)
except ValueError as e:
    print('ValueError:', e)
print(int('  7\n'), int(True), int(-0.9), int('-0'), int('+15'))
print(abs(-big), (big).bit_length(), (-1).bit_length(), (0).bit_length(), (255).bit_length())
print(10 // 3, -10 // 3, 10 % -3, -10 % -3, 7 / 2 if 1 / 2 else 7 // 2)
print(sum(range(101)), sum(x * x for x in range(10)), max(range(-5, 5), key=abs))
print(3 ** 50 == 3 ** 50, 3 ** 50 > 2 ** 79, -(2 ** 63) - 1, 2 ** 63, 2 ** 64 - 1)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), len(str(fact(100))), str(fact(25))[:10])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 40, 6 ** 20), gcd(1071, 462), gcd(0, 5))
print(int('1' * 40) % 97, (10 ** 30 + 7) // (10 ** 15), (-10 ** 30) // 7)
for x in [0, 1, -1, 127, -128, 2 ** 31, -2 ** 31, 2 ** 63 - 1]:
    print(x, hex(x), oct(x), bin(x)[:20], x.__abs__(), -x)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, -1, 5) if False else 5 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    5 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    '3' + 4
except TypeError as e:
    print('TypeError:', e)
try:
    4 + '3'
except TypeError as e:
    print('TypeError:', e)
try:
    [] - 1
except TypeError as e:
    print('TypeError:', e)
print(True + True, True * 10, False - 1, -True, ~True, True & False, True | 2)
print(round(12345, -2), round(-15, -1), round(25, -1), round(7), type(round(7.5)).__name__)
print(isinstance(big, int), (5).real, (5).imag, (5).conjugate(), (6).numerator, (6).denominator)
