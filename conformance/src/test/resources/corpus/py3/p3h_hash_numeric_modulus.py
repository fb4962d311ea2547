# 3.x numeric hashing modulo 2**61 - 1: ints, floats, fractions agree.
M = 2 ** 61 - 1
for v in [M, M + 1, 2 * M + 5, -M, -M - 1, -M - 2, M ** 3, 2 ** 200, -2 ** 200]:
    print(v % 1000, hash(v), hash(v) == (v % M if v >= 0 else -((-v) % M)) or hash(v) == -2)
for f in [0.1, 1 / 3, 2.0 ** -30, 2.0 ** 100, -2.0 ** 100, 1e308, 2.5e-310]:
    print(f, hash(f))
print(hash(complex(1, 2)), hash(complex(0, 1)), hash(complex(-1, 0)))
print(hash(complex(3, 0)) == hash(3), hash(1j) == 1000003)
print({M: 1, 0: 2, 2 * M: 3})
print({-1, -2, M - 1, -M + 1})
