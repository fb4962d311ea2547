# list(), tuple(), sorted() and list.extend() ask a program's __len__ / __length_hint__ how many items
# to expect (PyObject_LengthHint), after __iter__; their errors other than TypeError go through.
from __future__ import print_function
class Bag(object):
    def __init__(self, items): self.items = items
    def __iter__(self):
        print("iter"); return iter(self.items)
    def __len__(self):
        print("len called"); return len(self.items)
print(list(Bag([1, 2])))
print(tuple(Bag([3])))
print(sorted(Bag([5, 4])))
l = [0]; l.extend(Bag([9])); print(l)
print(set(Bag([7])))
class Hint(object):
    def __iter__(self): return iter([1])
    def __length_hint__(self):
        print("hint"); return 5
print(list(Hint()))
class BadLen(object):
    def __iter__(self): return iter([1, 2])
    def __len__(self): raise ValueError("length unknown")
try:
    print(list(BadLen()))
except ValueError as e:
    print("VE", e)
class TLen(object):
    def __iter__(self): return iter([1, 2])
    def __len__(self): raise TypeError("no")
print(list(TLen()))
import sys
class NegHint(object):
    def __iter__(self): return iter([1])
    def __length_hint__(self): return -2
if sys.version_info[0] > 2:
    try:
        print(list(NegHint()))
    except ValueError as e:
        print("VE", e)
class StrHint(object):
    def __iter__(self): return iter([1])
    def __length_hint__(self): return "x"
try:
    print(list(StrHint()))
except TypeError as e:
    print("TE", e)
class L(list):
    def __len__(self):
        print("L len"); return 1
print(list(L([1, 2])))
print(list(BadLen()))
