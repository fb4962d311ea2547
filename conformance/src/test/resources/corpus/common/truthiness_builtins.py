# Truth values of every builtin type, and/or/not returning operands, bool() and __bool__/__len__.
from __future__ import print_function
values = [None, False, True, 0, 1, -1, 0.0, 0.1, 0j, 1j, "", "a", " ", (), (0,), [], [None],
          {}, {0: 0}, set(), set([0]), frozenset(), range(0), range(1), 10 ** 30, -0.0]
for v in values:
    print("%-14r bool=%-5s not=%-5s" % (v, bool(v), not v))
print(0 or "x", "" or [] or "last", 1 and 2, 0 and 1, None and 1, [] or {})
print(1 or 1 / 0, 0 and 1 / 0)
print(not None, not not "", (1 and 0) or "fallback")
class Empty(object):
    pass
class Sized(object):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag(object):
    def __init__(self, f):
        self.f = f
    def __bool__(self):
        return self.f
    __nonzero__ = __bool__
print(bool(Empty()), bool(Sized(0)), bool(Sized(3)), bool(Flag(False)), bool(Flag(True)))
print("yes" if Sized(0) else "no", "yes" if Flag(True) else "no")
count = 0
for v in values:
    if v:
        count += 1
print(count, len(values), sum(1 for v in values if not v))
print(True + True, True * 10, False - 1, True == 1, False == 0, 1 == True == 1.0)
print(bool("False"), bool("0"), bool([[]]), bool(((),)))
x = []
while not x:
    x.append(1)
print(x)
print(list(filter(None, [0, 1, "", "s", None, [], [0]])))
print(any(values), all(values), all(v for v in values if v))
print(str(True), repr(False), int(True), float(False), True & False, True | False, True ^ True)
