# Lambdas with sorted/min/max keys, stability, reverse, multi-key sorts, list.sort.
from __future__ import print_function
people = [("ann", 31, "NY"), ("bob", 25, "LA"), ("cid", 31, "LA"), ("dee", 25, "NY"), ("eve", 40, "SF")]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print([p[0] for p in sorted(people, key=lambda p: (p[1], p[0]), reverse=True)])
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: (p[1], p[0])))
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[::-1]))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: -n))
print(sorted(nums, key=lambda n: (n % 2, n)))
nums.sort(key=lambda n: n * n)
print(nums)
square = lambda x: x * x
add = lambda a, b=10: a + b
compose = lambda f, g: lambda x: f(g(x))
print(square(7), add(1), add(1, 2), compose(square, add)(2))
print((lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in sorted(ops):
    print(sym, ops[sym](6, 3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print(square.__name__, (lambda: 0).__name__)
records = {"x": 3, "y": 1, "z": 2}
print(sorted(records, key=records.get), max(records, key=lambda k: records[k]))
print(sorted(range(10), key=lambda i: (i % 3, -i)))
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda t: t[0])
print(stable)
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 3 == 0, range(10))))
print(sorted("hello world", reverse=True), sorted([3.5, 1, 2.25]))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted([(), (0,), (-1, 5)]))
