# List, dict and set comprehensions, nested and with conditions.
squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0 if x % 3 != 0]
print(evens)
pairs = [(x, y) for x in range(3) for y in range(x)]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [v for row in matrix for v in row]
print(flat)
d = {k: k * 2 for k in range(5)}
print(sorted(d.items()))
inv = {v: k for k, v in d.items()}
print(sorted(inv.items()))
s = {c.upper() for c in "banana"}
print(sorted(s))
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
print([len(w) if len(w) > 3 else -1 for w in words])
n = 4
print([i * n for i in range(n)])
print([[x for x in range(y)] for y in range(4)])
