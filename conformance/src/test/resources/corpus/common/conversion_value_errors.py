# int(), float(), str(), bool() conversions and the ValueErrors/TypeErrors of bad input.
from __future__ import print_function
good = ["42", "  -17  ", "+8", "0", "000123", "1000"]
for s in good:
    print(repr(s), int(s))
print(int("ff", 16), int("0xff", 16), int("z", 36), int("101", 2), int("-11", 3), int("17", 8))
print(int(3.9), int(-3.9), int(True), int(1e15), int(-0.0), int("7") + int(float("2.5")))
print(float("3.25"), float("  -1e3 "), float("inf"), float("-Infinity"), float(".5"), float("5."), float(12))
print(str(42), str(-0.5), str([1, "a"]), str((1,)), str(None), str(3 + 0j), str(True))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\n"))
print(bool(""), bool("0"), bool(0), bool(0.0), list("abc"), tuple([1]))
bad_ints = ["", "abc", "1.5", "12a", "0x10", "--5", " ", "1 2"]
for s in bad_ints:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
for s, base in [("9", 8), ("g", 16), ("2", 2)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for s in ["", "abc", "1.2.3", "1e", "e5", "nan?"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
for obj in [None, [1], {}]:
    try:
        print(int(obj))
    except TypeError as e:
        print("TypeError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", 99)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    print("a" + 1)
except TypeError:
    print("TypeError: cannot add str and int")
print("%d %s %r" % (int("12"), float("1"), str(1)), "3" * int("3"))
