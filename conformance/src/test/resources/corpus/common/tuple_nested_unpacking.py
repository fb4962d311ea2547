# Tuples: building, concatenation, comparison, methods, nested unpacking and swaps.
from __future__ import print_function
t = (1, 2, 3)
u = 4,
empty = ()
print(t, u, empty, len(empty), type(u).__name__)
print(t + u, t * 2, t[1:], t[::-1], t[-1])
print(t.count(2), t.index(3), 2 in t, 5 not in t)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99), () < (0,))
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (10, 20), 30
print(x, y, z)
[p, (q, r)], s = ["P", ("Q", "R")], "S"
print(p, q, r, s)
for i, (name, score) in enumerate([("ann", 90), ("bob", 75)]):
    print(i, name, score)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
m, n = "ab"
print(m, n)
first, second, third = range(3)
print(first, second, third)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
nested = ((1, (2, 3)), (4, (5, 6)))
for a, (b, c) in nested:
    print(a + b + c)
print(tuple([1, 2]), tuple("hi"), tuple(x * x for x in range(4)))
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) != (2, 1))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max([(1, "a"), (1, "b")]), min((3, 1), (2, 9)))
print(repr((1,)), repr(("a", None, 1.5)), str(((),)))
def divmod_pair(n):
    return n // 10, n % 10
tens, ones = divmod_pair(47)
print(tens, ones)
i = j = k = 0
print(i, j, k)
