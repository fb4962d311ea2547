# sort() and sorted() over keys of one builtin kind (ints, floats, strings, bytes, tuples of them), which
# compare by value, and over subclasses of those kinds, whose own __lt__ must be called instead.
from __future__ import print_function


class LenStr(str):
    def __lt__(self, other):
        return len(self) < len(other)


class Backwards(tuple):
    def __lt__(self, other):
        return tuple(self)[::-1] < tuple(other)[::-1]


class Neg(int):
    def __lt__(self, other):
        return int(self) > int(other)


class Rev(float):
    def __lt__(self, other):
        return float(self) > float(other)


print(sorted([LenStr("ccc"), LenStr("a"), LenStr("bb")]))
print(sorted([Backwards((1, 3)), Backwards((2, 1)), Backwards((0, 2))]))
print(sorted([Neg(3), Neg(10), Neg(-2), Neg(7)]))
print(sorted([Rev(1.5), Rev(-2.0), Rev(9.25)]))

words = ["pear", "Apple", "apple", "banana", "Banana", "", "a", "ab", "b\u00e9", "b\u00e8", "\u00e9t\u00e9"]
print(sorted(words))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (-len(w), w), reverse=True))
texts = [u"b\u00e9", u"b\u00e8", u"a", u"\U0001F600", u"\uffff", u"\ud7ff", u"z"]
print([t.encode("unicode_escape") for t in sorted(texts)])
print([t[0].encode("unicode_escape") for t in sorted((t, len(t)) for t in texts)])
print(sorted([b"b", b"a\xff", b"a\x00", b"", b"ab"]))
print(sorted([(b"x", 2), (b"x", 1), (b"\xff", 0), (b"", 5)]))

pairs = [(3, "c"), (1, "z"), (3, "a"), (-7, "q"), (2 ** 70, "big"), (-(2 ** 70), "small"), (1, "y"), (0, "")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: (p[1], p[0])))
counts = {"ka": 3, "lo": 7, "mi": 3, "ne": 12, "su": 7, "ta": 1}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

print(sorted([(1, 2), (1,), (1, 2, 0), (0, 9), (1, 1, 9)]))
print(sorted([((2, "b"), 1), ((2, "a"), 2), ((1, "z"), 3)]))
print(sorted([(1, 2.5), (1, 2), (1, True), (0.5, "x")]))
nan = float("nan")
print(sorted([(nan, 1), (nan, 0)]))
print(sorted([(1, nan), (1, 0.5), (0, nan)])[0])
print(sorted([3, 1, True, False, 2]))
print(sorted([2.5, -1.0, 0.0, -0.0, 1e300]))
print(sorted(["b", "a", "c"], reverse=True))

stable = [("x", i % 3, i) for i in range(9)]
print(sorted(stable, key=lambda t: (t[0], t[1])))
lst = [(i * 7919) % 101 for i in range(60)]
lst.sort()
print(lst[:10], lst[-5:])
mixed = [(1, "a"), (1, "b")]
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", "unorderable" in str(e) or "not supported" in str(e))
print(sorted(mixed))
