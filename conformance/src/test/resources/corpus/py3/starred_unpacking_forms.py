# Extended unpacking: starred targets, starred in calls and displays, nested, errors.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcde"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(p, *q), r = "xyz", 9
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,), [5, 6]]:
    print(head, tail)
*everything, = (7, 8)
print(everything)
print([*range(3), *"ab", 9], (*[1, 2], 3), {*"aab", *[1]} == {"a", "b", 1})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], *(3,), 4, **{"x": 1}, y=2, **{"z": 3}))
print(*[1, 2, 3], sep="-")
print(*"abc", end="!\n")
matrix = [[1, 2, 3], [4, 5, 6]]
print(*zip(*matrix))
first, second, *_ = sorted({5, 3, 9, 1})
print(first, second)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield from range(5)
h, *t = gen()
print(h, t, type(t).__name__)
((a, b), *c), d = [(1, 2), 3, 4], 5
print(a, b, c, d)
data = {"k": [1, 2, 3]}
k, (v1, *vrest) = next(iter(data.items()))
print(k, v1, vrest)
print([[*row, sum(row)] for row in matrix])
