# Enums mixed with str and int: str(), format(), str.format and f-strings as each
# version's enum module decides (its metaclass puts Enum's __str__/__format__ on the
# class); f-strings of str subclasses; bytes index errors.
import enum


class S(str):
    def __str__(self):
        return "custom"


class T(str):
    pass


class I(int):
    def __format__(self, spec):
        return "I" + spec


print(f"{S('a')}", type(f"{S('a')}").__name__, type(f"{T('a')}").__name__, f"{S('a')!s}", f"{S('a')!r}")
print(f"{I(3):5}", f"{I(3)}", f"{T('ab'):>4}|")


class Color(str, enum.Enum):
    RED = "r"
    GREEN = "g"


class N(enum.IntEnum):
    ONE = 1
    TWO = 2


print(f"{Color.RED}", "{}".format(Color.RED), format(Color.RED), str(Color.RED), repr(Color.GREEN))
print(f"{N.ONE}", "{}".format(N.TWO), format(N.ONE), str(N.ONE), "%d" % N.ONE, "%s" % N.TWO)
print(f"{N.TWO:03}", "{:>4}".format(N.ONE), "-".join([Color.RED, Color.GREEN]), Color.RED == "r")
data, buf, keys = b"ab", bytearray(b"a"), (5, -3, 1.0, None, "x")
for key in keys:
    for name, seq in (("bytes", data), ("bytearray", buf)):
        try:
            print(name, repr(key), seq[key])
        except (IndexError, TypeError) as e:
            print(name, repr(key), type(e).__name__, e)
try:
    buf[None] = 1
except TypeError as e:
    print("store", e)
