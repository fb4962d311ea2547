# constructor and method corners of bool, float and complex, and repeating by a huge count
import sys


class F(float):
    pass


tests = [
    lambda: bool.__new__(bool, 5),
    lambda: bool.__new__(bool),
    lambda: float.fromhex('0x1.8p1'),
    lambda: float.fromhex(1),
    lambda: type(F.fromhex('0x1p0')).__name__,
    lambda: F.fromhex('0x1p0'),
    lambda: complex('1', 2),
    lambda: complex(None),
    lambda: complex(1, '2'),
    lambda: complex('1+2j'),
    lambda: 'abc' * -2 ** 70,
    lambda: 'abc' * 2 ** 70,
    lambda: [1] * -2 ** 70,
    lambda: (1,) * -2 ** 70,
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
