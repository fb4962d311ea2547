# value.__format__(spec) on numbers and strings formats as format(value, spec) does (a class's own
# __format__ often hands on to a value it holds); bad arguments give each version's TypeError.
from __future__ import print_function


class Money(object):
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        return "$" + self.amount.__format__(spec or ".2f")


class Tagged(int):
    pass


print("{0} {0:>10} {0:.1f}".format(Money(1234.5)))
print(repr((5).__format__("03d")), repr((255).__format__("#x")), repr((2.5).__format__(".3f")),
      repr("ab".__format__("^6")), repr((1 + 2j).__format__(".1f")), repr(True.__format__("d")), repr(True.__format__("")))
print(repr(Tagged(7).__format__(">4")), repr((12345678).__format__(",")), repr((0.5).__format__("%")), repr((-3).__format__("+")))
print(repr(format(Tagged(9), "03")), repr("{:*^9}".format("mid")))
for call in (lambda: (5).__format__(), lambda: (5).__format__("a", "b"), lambda: (5).__format__(format_spec="d"),
             lambda: "x".__format__(), lambda: (2.5).__format__(None), lambda: (5).__format__(7), lambda: "s".__format__(3),
             lambda: (5).__format__("z")):
    try:
        print(repr(call()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
