# One attribute-loading site (x.name, not called at once, or called: 2.7 loads methods as attributes) seeing
# values of different builtin types in turn, subclasses that override the method, and bound builtin
# methods compared, printed and called later.
from __future__ import print_function


class MyList(list):
    def count(self, x):
        return "own count of %r" % (x,)


class MyStr(str):
    def upper(self):
        return "own upper"


values = [[1, 2, 2], "abca", (3, 3, 1), b"xyzx", MyList([2, 2]), [], ""]
for v in values:
    print(type(v).__name__, v.count(v[0]) if len(v) else v.count(1 if isinstance(v, list) else ""))

for v in ["Abc", MyStr("q"), "def", u"Gh\u00e9", MyStr("r")]:
    up = v.upper
    print(up(), type(up).__name__)

items = []
add = items.append
for k in range(5):
    add(k * k)
    items.append(-k)
print(items, add.__self__ is items, add == items.append, add is items.append)
print(repr([].append)[:40].split(" of ")[0], repr("".join)[:33].split(" of ")[0])

funcs = []
for v in [[3, 1, 2], [9, 8], "cab", {"b": 1, "a": 2}, {5, 4}]:
    m = v.__len__
    funcs.append(m)
    print(m(), sorted(v))
print([f() for f in funcs])

d = {"x": 1}
for key in ["x", "y", "x"]:
    print(d.get(key), d.get(key, "default"), d.setdefault(key, 0))
print(sorted(d.items()))

total = 0
for i in range(3000):
    s = ("w%d" % (i % 7)).strip("w")
    t = [s].index(s)
    total += int(s) + t
print(total)
try:
    (1, 2).append
except AttributeError as e:
    print("AttributeError", e)
try:
    "abc".nosuch
except AttributeError as e:
    print("AttributeError", e)
