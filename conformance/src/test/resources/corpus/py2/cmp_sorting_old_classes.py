# cmp(), __cmp__, sorted(cmp=...), list.sort(cmp=...), old-style classes, except E, e.
class Version:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]
        self.s = s
    def __cmp__(self, other):
        return cmp(self.parts, other.parts)
    def __repr__(self):
        return "V" + self.s
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print sorted(vs)
print max(vs), min(vs), Version("1.2") == Version("1.2"), Version("1.2") < Version("1.10")
print type(vs[0]).__name__, type(Version).__name__, vs[0].__class__.__name__
print cmp(1, 2), cmp(2, 1), cmp("a", "a"), cmp([1, 2], [1, 3]), cmp((2,), (1, 9))
def by_length_desc(a, b):
    return cmp(len(b), len(a)) or cmp(a, b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print sorted(words, cmp=by_length_desc)
print sorted(words, cmp=lambda a, b: cmp(a[-1], b[-1]))
nums = [5, 3, 9, 1]
nums.sort(cmp=lambda a, b: b - a)
print nums
nums.sort(lambda a, b: cmp(a % 3, b % 3))
print nums
class Old:
    pass
class OldChild(Old):
    def hello(self):
        return "old child"
o = OldChild()
print isinstance(o, Old), issubclass(OldChild, Old), o.hello(), type(o).__name__
print hasattr(Old, "__mro__"), OldChild.__bases__[0].__name__
try:
    raise ValueError, "old raise syntax"
except ValueError, e:
    print "caught", e, e.args
try:
    [][1]
except (IndexError, KeyError), e:
    print "tuple caught", type(e).__name__, e
class MyError(Exception):
    pass
try:
    raise MyError("custom", 2)
except MyError, err:
    print "MyError", err.args, str(err)
print cmp(None, 0), cmp(Version("3.0"), Version("3.0")), sorted([3, None, 1])
print sorted([(1, "b"), (1, "a")], cmp=lambda x, y: cmp(y, x))
print sorted(["B", "a", "C"], key=str.lower, reverse=True), sorted(["B", "a", "C"], cmp=None)
