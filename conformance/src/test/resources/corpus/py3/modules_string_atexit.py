# Java-implemented _string (string.Formatter's parser) and atexit (callbacks run last registered first)
import _string
import atexit

for s in ["", "abc", "a{0}b", "{{x}}", "a{{", "}}b", "{0!r:>{1}}", "{a.b[c][0]:x}", "{}{}", "x{0!s}", "{[}]}",
          "{0:{1}{2}}", "{!r}", "{:}", "a}", "a{", "{0", "{0!}", "{0!rx}", "{a{}", "{0!r"]:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
it = _string.formatter_parser("ok {0} }")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("lazy:", e)
for s in ["", "0", "abc", "a.b", "a[0]", "0[x].y[12]", "a.", "a[", "a[0]x", "a..b", "a[]", "01"]:
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except ValueError as e:
        print(repr(s), "ValueError", e)


def bye(who, punct="!"):
    print("bye", who + punct)


class Failing:
    def __call__(self):
        raise ValueError("boom")

    def __repr__(self):
        return "<Failing>"


atexit.register(bye, "first")
atexit.register(Failing())
atexit.register(bye, "second", punct="?")
atexit.register(bye, "removed")
atexit.unregister(bye)
atexit.register(bye, "third")
print("end of main")
