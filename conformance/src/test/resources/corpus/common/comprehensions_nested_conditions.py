# List, set and dict comprehensions: nesting, multiple conditions, conditional expressions.
from __future__ import print_function
print([x * x for x in range(10) if x % 2 == 0])
print([x if x % 3 else "fizz" for x in range(1, 10)])
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2 == 1])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v > 2 if v < 8])
print(sorted({x % 5 for x in range(20)}))
print(sorted({c.upper() for c in "hello world" if c.isalpha()}))
sq = {x: x * x for x in range(6)}
print(sorted(sq.items()))
print(sorted({v: k for k, v in sq.items() if v > 4}.items()))
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print({w: len(w) for w in words} == dict((w, len(w)) for w in words))
print(sorted({len(w) for w in words}))
print([w[::-1] for w in words if "a" in w and len(w) > 4])
print([(w, n) for n, w in enumerate(words) if n % 2 == 0])
print([sum(range(n)) for n in range(8)])
print([[c for c in w if c in "aeiou"] for w in words[:3]])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, n))]
print(primes)
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
flat = [y for x in [[1, [2]], [3, [4, 5]]] for y in [x[0]] + x[1]]
print(flat)
print(sorted({(a, b) for a in range(3) for b in range(3) if a != b}))
print([str(n) + ("!" if n == 3 else "") for n in range(5)])
print([i for i in range(20) if i % 2 if i % 3])
table = {name: {k: k * i for k in range(3)} for i, name in enumerate(["x", "y"])}
for name in sorted(table):
    print(name, sorted(table[name].items()))
print([len([j for j in range(i)]) for i in range(5)])
print(sum([x for x in range(101)]), max([abs(x - 7) for x in range(-3, 4)]))
