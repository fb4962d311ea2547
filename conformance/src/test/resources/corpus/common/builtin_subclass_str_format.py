# str(), join, %-formatting, str.format and format() of instances of str and int
# subclasses: a class's own __str__ / __format__ decide, the result is an exact str,
# and join uses the strings themselves.
from __future__ import print_function


class S(str):
    def __str__(self):
        return "custom"


class T(str):
    pass


class F(str):
    def __format__(self, spec):
        return "F" + spec


class I(int):
    def __format__(self, spec):
        return "I" + spec


class Bad(int):
    def __format__(self, spec):
        return 5


print(str(S("ab")), "%s" % S("ab"), "{}".format(S("ab")), "-".join([S("a"), S("b")]))
print(type(str(S("ab"))).__name__, type(str(T("x"))).__name__, type("%s" % T("x")).__name__)
print(type("{}".format(T("x"))).__name__, type(format(T("x"))).__name__, repr(str(T("x"))))
print(format(F("a"), "x"), "{}".format(F("a")), "{:>3}".format(F("a")), "{0:<4}|".format(T("ab")))
print(format(I(3), ""), "{:5}".format(I(3)), "%d" % I(3), "%5s|" % I(3), str(I(3)))
print(format(S("ab"), ""), format(S("ab"), ">4"), format(T("ab"), "^6") + "|")
print("+".join([T("a"), "b", S("c")]), len(S("abc")), S("abc").upper(), S("x") + "y")
try:
    format(Bad(1), "")
    print("accepted")
except TypeError as e:
    print("TypeError", e)
