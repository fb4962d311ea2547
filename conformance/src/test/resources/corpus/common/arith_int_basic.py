# Integer arithmetic: the binary and unary operators, floor division and modulo signs.
a = 17
b = 5
print(a + b)
print(a - b)
print(a * b)
print(a // b)
print(a % b)
print(-a // b)
print(-a % b)
print(a // -b)
print(a % -b)
print(a ** 3)
print(2 ** 10)
print(-a)
print(+a)
print(~a)
print(a << 3)
print(a >> 2)
print(-a >> 2)
print(a & b)
print(a | b)
print(a ^ b)
print(divmod(a, b))
print(divmod(-a, b))
print(abs(-42))
print(pow(3, 4, 5))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 4
x **= 3
x <<= 2
x >>= 1
x &= 0xff
x |= 0x100
x ^= 0x0f
print(x)
print(0x1F + 0o17 + 0b101)
print(int("123") + int("-45"))
print(int("ff", 16))
print(int(7.9))
print(int(-7.9))
