# Generator expressions consumed by sum, max, min, any, all, list, sorted, tuple and join.
from __future__ import print_function
print(sum(x for x in range(101)))
print(sum(x * x for x in range(10) if x % 2))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(min(abs(x - 5) for x in [1, 9, 4, 12]))
print(any(x > 3 for x in [1, 2, 3]), any(x > 3 for x in [1, 5]))
print(all(x > 0 for x in [1, 2]), all(x > 0 for x in [1, -2, 3]), all(x for x in []), any(x for x in []))
print(list(c * 2 for c in "abc"))
print(tuple(i for i in range(5) if i != 2))
print(sorted((x % 7 for x in range(20)), reverse=True)[:5])
print("-".join(str(n) for n in range(6)))
print(sum(1 for line in "a\nb\nc".split("\n") if line))
g = (n * 10 for n in range(4))
print(next(g), next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
seen = []
def tracked(n):
    seen.append(n)
    return n
print(any(tracked(n) > 2 for n in range(10)))
print(seen)
del seen[:]
print(all(tracked(n) < 3 for n in range(10)))
print(seen)
nested = sum(sum(x * y for y in range(3)) for x in range(4))
print(nested)
pairs = list((x, y) for x in "ab" for y in (1, 2))
print(pairs)
print(max((len(w), w) for w in "the quick brown fox".split()))
print(min(((x - 3) ** 2, x) for x in range(7)))
print(sum(x / 2.0 for x in range(5)), sum((x for x in [0.5, 0.25]), 10))
print(dict((k, k * k) for k in range(3)) == {0: 0, 1: 1, 2: 4})
gen = (i for i in [3, 1, 2])
print(sorted(gen), list(gen))
def evens(limit):
    return (i for i in range(limit) if i % 2 == 0)
print(list(evens(9)), sum(evens(9)))
print(max(x for x in [-5, -2, -9]), min(x for x in "hello"))
try:
    max(x for x in [])
except ValueError:
    print("max of empty raised ValueError")
