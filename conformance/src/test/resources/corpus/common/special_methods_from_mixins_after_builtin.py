# A special method comes from the first class in the MRO whose own dict defines it, a builtin base included:
# a mixin listed after int, list, dict or str supplies what the builtin lacks (__contains__, __format__,
# __missing__, __iadd__...), while what the builtin defines itself (str's __len__ and __format__) stays the
# builtin's, whose errors name the subclass.
from __future__ import print_function


class Contains(object):
    def __contains__(self, x):
        return x == 3


class Formats(object):
    def __format__(self, spec):
        return "Formats.format(%r)" % spec


class Missing(object):
    def __missing__(self, key):
        return "default for %r" % (key,)


class Adds(object):
    def __iadd__(self, other):
        return "Adds.iadd(%r)" % (other,)


class Sized(object):
    def __len__(self):
        return 42


class Number(int, Contains, Adds):
    pass


class Items(list, Formats):
    pass


class Table(dict, Missing):
    pass


class Text(str, Sized, Formats):
    pass


n = Number(5)
print(3 in n, 4 in n)
x = Number(1)
x += 1
print(x)
print(format(Items([1, 2]), "spec"), "{0:>5}".format(Items()))
t = Table(a=1)
print(t["a"], t["b"])
s = Text("abc")
print(len(s), format(s, ">5"), "%s" % s)
for spec in ["x", "d"]:
    try:
        format(s, spec)
    except ValueError as e:
        print("ValueError", e)
