# reversed() takes an object with __reversed__, or a sequence (__getitem__ and __len__, read from the
# end); a dict is not a sequence however it indexes: 2.7 and 3.6 refuse it (3.8+ dicts have __reversed__).
from __future__ import print_function
import sys


class Squares(object):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


class Backwards(object):
    def __reversed__(self):
        return iter("zyx")


class KeyedDict(dict):
    pass


print(list(reversed(Squares())), list(reversed(Backwards())), list(reversed([1, 2, 3])), list(reversed("abc")))
print(list(reversed(range(1, 10, 3))), list(reversed((1, 2))), list(reversed(bytearray(b"ab"))))
for candidate in ({1: "a", 2: "b"}, KeyedDict(x=1), set([1]), 5, iter([1])):
    try:
        r = reversed(candidate)
        print(type(candidate).__name__, "reversed", list(r) if sys.version_info >= (3, 8) else r)
    except TypeError as e:
        print(type(candidate).__name__, "TypeError", e)
