# Integer floor division and modulo with negative operands, big ints, divmod, shifts.
from __future__ import print_function
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 7), (-1, 7)]
for a, b in pairs:
    print("%d // %d = %d, %d %% %d = %d" % (a, b, a // b, a, b, a % b))
    q, r = divmod(a, b)
    print(q * b + r == a, (q, r))

big = 2 ** 100
print(big)
print(-big // 7)
print(-big % 7)
print(big // -7)
print(big % -7)
print(divmod(-big, 12345678901))
print((3 ** 50) * (-(7 ** 30)))
print(-(2 ** 64) >> 3)
print((2 ** 64 - 1) & 0xFFFF0000FFFF)
print(-1 << 70)
print(~(2 ** 65))
print(abs(-(10 ** 25)))
print(pow(3, 200, 1000000007))
print(pow(-3, 3))
print(pow(2, 10) - 2 ** 10)

fact = 1
for i in range(1, 31):
    fact *= i
print(fact)
print(fact // (2 ** 26))
print(len(str(fact)))
print(str(fact)[::-1][:8])

nums = [123456789012345678901234567890, -987654321098765432109876543210]
print(sum(nums))
print(nums[0] * nums[1])
print(nums[1] // nums[0], nums[1] % nums[0])
print(-17 // 5 * 5 + -17 % 5)
print(int("-" + "9" * 30) + 1)
print(hex(255), oct(8) in ("010", "0o10"), bin(10))
print(int("ff", 16), int("-0b101", 0), int("777", 8))
for n in (-8, -1, 0, 1, 8):
    print(n, n // 3, n % 3, -n // 3, -n % 3)
