# Tuples: packing, unpacking, comparisons and methods.
t = (1, "two", 3.0)
print(t)
a, b, c = t
print(b)
x, y = 1, 2
x, y = y, x
print((x, y))
single = (42,)
print(single)
print(len(single))
empty = ()
print(empty)
print((1, 2) + (3,))
print((1, 2) * 2)
print((1, 2, 3) < (1, 2, 4))
print((1, 2) == (1, 2))
print((2, 1, 2, 2).count(2))
print((5, 6, 7).index(7))
nested = ((1, 2), (3, 4))
for p, q in nested:
    print(p * q)
(m, n), o = (5, 6), 7
print(m + n + o)
print(tuple([1, 2, 3]))
print(tuple("hi"))
print(hash((1, 2)) == hash((1, 2)))
print(max((3, 1), (2, 9)))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
