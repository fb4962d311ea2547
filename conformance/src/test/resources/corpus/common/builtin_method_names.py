# Introspecting methods: a builtin type's unbound methods have __name__, __objclass__ (and 3.x __qualname__);
# a 2.7 bound method names its class (im_class); a method's missing attribute is the function's AttributeError.
from __future__ import print_function
for m in [list.sort, str.upper, dict.get, int.__add__, list.__len__, object.__init__, str.__add__]:
    try:
        print(m.__name__, m.__objclass__.__name__, type(m).__name__, m.__qualname__ if hasattr(m, '__qualname__') else '-')
    except AttributeError as e:
        print("AttributeError", e)
class C(object):
    def m(self): pass
try:
    print(C().m.im_class.__name__, C.m.im_class.__name__)
except AttributeError as e:
    print("AttributeError", e)
print([].append.__name__, len.__name__, type([].append).__name__)
print(repr(list.sort)[:30], repr(int.__add__)[:34])
def plain(): pass
plain.tag = "T"
class D(object):
    method = plain
print(D().method.tag, D().method.__name__)
try:
    D().method.missing
except AttributeError as e:
    print("AttributeError", e)
