from __future__ import print_function
# hash() of integers: small, negative, -1, word-size edges, huge, and
# multiples of 2**61 - 1 (the 64-bit modulus used by 3.x).
M = 2 ** 61 - 1
values = [0, 1, -1, -2, 2, 7, -7, 100, -100, 255, 256, 65535,
          2 ** 31 - 1, 2 ** 31, -2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63 - 1,
          -2 ** 63, 2 ** 63, 2 ** 64, -2 ** 64,
          M - 1, M, M + 1, 2 * M, 3 * M - 1, -M, -M - 1, -M + 1,
          M * M, 10 ** 20, -10 ** 20, 10 ** 50, 3 ** 100, -(7 ** 77)]
for v in values:
    print(v, hash(v))
print(hash(-1) == hash(-2))
print(hash(True), hash(False))
print(hash(1) == hash(True), hash(0) == hash(False))
print(hash(1) == hash(1.0), hash(-1) == hash(-1.0))
