# sys.intern (2.7: intern) gives one object per content: equal strings made at run time
# become the same object, the first one interned stays the one, and the errors for
# other types and for subclasses.
from __future__ import print_function
import sys

try:
    intern_ = sys.intern
except AttributeError:
    intern_ = intern

a = "".join(["wo", "rd"])
b = "w" + "ord"[:3]
print(a == b, a is b)
ia = intern_(a)
ib = intern_(b)
print(ia is ib, ia is a, ib is b)
print(intern_(ia) is ia)
made = ["".join(["k", str(i % 5)]) for i in range(20)]
canon = [intern_(m) for m in made]
print(len(set(id(c) for c in canon)), len(set(id(m) for m in made)))
print(all(canon[i] is canon[i % 5] for i in range(20)))
long_text = "x" * 1000 + "".join(["y"])
print(intern_(long_text) is intern_("x" * 1000 + "y"))
empty = "".join([])
print(intern_(empty) == "")


class S(str):
    pass


for bad in (5, None, b"raw" if sys.version_info[0] > 2 else u"uni", S("sub")):
    try:
        intern_(bad)
        print("interned", type(bad).__name__)
    except TypeError as e:
        print("TypeError", e)
try:
    intern_()
except TypeError as e:
    print("TypeError", e)
try:
    intern_("a", "b")
except TypeError as e:
    print("TypeError", e)
