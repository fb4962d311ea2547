# del of an attribute an instance does not have: 2.7 and 3.11 name the object, 3.6 only the attribute;
# a classic instance, a __slots__ instance and a class say theirs
from __future__ import print_function


class New(object):
    pass


class Classic:
    pass


class Slotted(object):
    __slots__ = ("a",)


for target in (New(), Classic(), Slotted(), New):
    try:
        del target.missing
    except AttributeError as e:
        print(type(target).__name__, e)
n = New()
n.here = 1
del n.here
print(hasattr(n, "here"))
try:
    del n.here
except AttributeError as e:
    print("again", e)
