# Set iteration in its native order (small ints hash to themselves; strings use the seeded hash).
print(set([5, 3, 1, 4]))
print(set([100, 2, 33]))
print(frozenset([7, 1]))
for x in set(["alpha", "beta", "gamma", "delta"]):
    print(x)
print(list(set(range(20, 0, -3))))
