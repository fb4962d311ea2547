# Generator expressions consumed by builtins and loops.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abcd", "ab"]))
print(min(x for x in [5, 3, 8]))
print(any(x > 3 for x in [1, 2, 5]))
print(all(x > 0 for x in [1, 2, -1]))
g = (c.upper() for c in "abc")
print(next(g))
print(list(g))
print(list(g))
print(sorted((x % 4 for x in range(10)), reverse=True))
print(tuple(i for i in range(3)))
print("".join(str(i) for i in range(5)))
total = 0
for v in (a * b for a in range(3) for b in range(3) if a != b):
    total += v
print(total)
k = 10
print(list(x + k for x in range(3)))
print(dict((str(i), i) for i in range(3)) == {"0": 0, "1": 1, "2": 2})
nested = sum(sum(j for j in range(i)) for i in range(5))
print(nested)
