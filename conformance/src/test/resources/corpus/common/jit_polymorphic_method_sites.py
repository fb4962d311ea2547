# One call site of a method name meeting values of many builtin types, a builtin's subclass and a
# program's class, over and over (hot enough to be compiled): each call must find its own type's method.
from __future__ import print_function


class Counter(object):
    def count(self, x):
        return 100 + len(str(x))

    def index(self, x):
        return -1


class Text(str):
    def count(self, x):
        return 1000 + str.count(self, x)


values = [
    "banana", b"banana", [1, "a", "a", 2], ("a", "a", "a"), Counter(), Text("aaaa"),
    u"a-a", bytearray(b"aaa"), ["a"],
]


def counts(items, x):
    out = []
    for v in items:
        out.append(v.count(x if not isinstance(v, (bytes, bytearray)) or isinstance(v, str) else x.encode("ascii")))
    return out


def firsts(items):
    out = []
    for v in items:
        if isinstance(v, (dict, set, frozenset)):
            out.append(sorted(v)[0])
        else:
            out.append(v.index(v[0]) if not isinstance(v, Counter) else v.index(None))
    return out


total = 0
for round_no in range(3000):
    c = counts(values, "a")
    total += sum(c)
    if round_no in (0, 1, 2999):
        print(round_no, c)

print("total", total)
mixed = [{"b": 1, "a": 2}, set([3, 1, 2]), frozenset("zy"), "xyz", [5, 4], (9, 8)]
for round_no in range(2000):
    f = firsts(mixed)
    if round_no in (0, 1999):
        print(round_no, f)

d = {"k": 1}
for round_no in range(2000):
    for v in (d, [1, 2], "ab", Counter()):
        try:
            r = v.get("k")
        except AttributeError as e:
            r = type(e).__name__
        if round_no == 1999:
            print(type(v).__name__, r)
