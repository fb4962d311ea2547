def noisy(n):
    for i in range(n):
        print("produce %d" % i)
        yield i

g = (x * x for x in noisy(4))
print("created")
print(next(g))
print(next(g))
print(list(g))
print(list(g))

evens = (x for x in range(20) if x % 2 == 0)
print(sum(evens))
print(sum(evens))

pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))

nested = (sum(row) for row in [[1, 2], [3, 4], [5]])
print(max(nested))
print(sorted((w for w in "the quick brown fox".split()), key=len))
print(any(x > 3 for x in noisy(10)))
print(all(x < 2 for x in noisy(5)))
print(dict((k, len(k)) for k in ["aa", "b"]) == {"aa": 2, "b": 1})
print(tuple(str(i) for i in range(3)))

def first(it):
    for x in it:
        return x
print(first(c for c in "xyz" if c > "x"))
print(type(x for x in []).__name__)
it = iter([1, 2, 3])
print(list(a + b for a, b in zip(it, it)))
bad = (1 // x for x in [1, 0])
print(next(bad))
print(next(bad))
