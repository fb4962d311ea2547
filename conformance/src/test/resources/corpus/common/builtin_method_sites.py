# One call site meets objects of many builtin classes in turn: each call must find the method of the class of
# the object it has now (an inline cache keyed on the class), also for subclasses that override it, for
# instances whose dict shadows nothing, and for names a class lacks.
from __future__ import print_function


class Loud(list):
    def append(self, x):
        list.append(self, ("loud", x))


class Plain(object):
    def copy(self):
        return "Plain.copy"


def grow(seq, item):
    seq.append(item)        # the same instruction for list, Loud and bytearray
    return seq


def dup(obj):
    return obj.copy()       # list, dict, set, Plain, and a class without copy


def upper_or_len(obj):
    try:
        return obj.upper()  # str, bytes, then objects without upper
    except AttributeError as e:
        return "AttributeError: " + str(e)


objs = [[1], Loud([2]), bytearray(b"a"), [3], Loud(), bytearray()]
for round_no in range(3):
    for o in objs:
        grow(o, 65 + round_no)
for o in objs:
    print(type(o).__name__, o)

for o in [[1, 2], {"a": 1}, {5}, Plain(), [4], {"b": 2}, 7]:
    try:
        print(type(o).__name__, dup(o))   # 2.7's list has no copy()
    except AttributeError as e:
        print("AttributeError:", e)

for o in ["abc", b"xyz", "d\xe9f", 12, [1], "ok", None]:
    print(repr(upper_or_len(o)))

total = 0
for i in range(3000):
    words = "a b c".split() if i % 3 else ["x", "y"]
    target = {} if i % 2 else []
    if isinstance(target, dict):
        target.update({w: i for w in words})
        total += len(target.keys())
    else:
        target.extend(words)
        total += target.count("a") + len(target)
    total += len(" ".join(words).replace(" ", "").strip("a"))
print("total", total)
