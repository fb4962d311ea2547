# dict | and |=, str.removeprefix/removesuffix, and other 3.9+ builtins.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
print("test_case.py".removeprefix("test_").removesuffix(".py"))
print("keep".removeprefix("x"))
print([*reversed({"p": 1, "q": 2})])
print(int.bit_count(255), (2 ** 40 - 1).bit_count())
print("%s" % list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2], "a", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(sum([0.1] * 10) == 1.0, round(sum([0.1] * 10), 10))
print(str.isascii("abc"), "é".isascii())
print(divmod(-7, 2), (-7).__floordiv__(2))
