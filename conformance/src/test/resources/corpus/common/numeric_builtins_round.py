# min/max/sum/abs/round/divmod/pow/hex/oct/bin on ints and floats, with edge cases.
from __future__ import print_function
nums = [3, -7, 2.5, 10, -0.5]
print(min(nums), max(nums), sum(nums), sum(nums, 100), min(4, 2, 8), max("apple", "pear"))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-10 ** 20))
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 3.14159, -2.5):
    print(x, round(x), round(x, 1), round(x, 3))
print(round(12345, -2), round(15, -1), round(25, -1), round(-35, -1))
print(round(1.23456e10, -5), round(0.0), round(-0.4))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1, 10 ** 20))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(7, 2, 5), pow(-2, 3, 5), pow(10, 20))
print(2 ** -2, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, 0 ** 0, 0.0 ** 0)
print(hex(0), hex(-255), oct(0) in ("0", "0o0"), bin(0), bin(-5), bin(2 ** 40))
print(min([[2], [1, 5]]), max((1, 2), (1, 3)), min("zebra"), max([1.0, 1]), min([1, 1.0]))
try:
    min([])
except ValueError:
    print("min([]) raised ValueError")
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("divmod by zero")
try:
    pow(0, -1)
except ZeroDivisionError:
    print("pow(0, -1) is a ZeroDivisionError")
try:
    sum(["a", "b"], "")
except TypeError:
    print("sum of strings is a TypeError")
print(sum([[1], [2, 3]], []), sum(()), sum([0.1] * 10), sum(range(1, 101)))
print(max(-1, -2, key=abs), min(["bb", "a", "ccc"], key=len))
print(int(round(2.5)) + int(round(3.5)), float(round(7)))
values = [19.99, 5.01, 0.1, 0.2, 0.3]
print(round(sum(values), 2), "%.2f" % sum(values), sum(values) > 25.6)
print(abs(3 + 4j), round(abs(1 - 1j), 6), max(range(5), key=lambda i: (i % 3, i)))
