# Starred assignment targets and starred expressions in calls and displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *middle, z = range(6)
print(a, middle, z)
head, *tail = [1]
print(head, tail)
(x, *ys), w = [1, 2, 3], 4
print(x, ys, w)
for p, *q in [(1, 2, 3), (4, 5)]:
    print(p, q)
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]} == {1, 2, 3})
d1 = {"a": 1}
d2 = {"b": 2, "a": 0}
print({**d1, **d2, "c": 3})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **d1, **{"z": 26}))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
