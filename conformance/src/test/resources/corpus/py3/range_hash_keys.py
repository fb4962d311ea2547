# Equal ranges hash alike (range_hash hashes (len, start, step)), so they find each other in dicts and sets.
pairs = [
    (range(3), range(0, 3)),
    (range(0), range(5, 5)),
    (range(0), range(10, 0)),
    (range(1, 2), range(1, 9, 50)),
    (range(0, 10, 3), range(0, 11, 3)),
    (range(0, 10, 3), range(0, 9, 3)),
    (range(10, 0, -2), range(10, 1, -2)),
    (range(2 ** 70, 2 ** 70 + 6, 2), range(2 ** 70, 2 ** 70 + 5, 2)),
    (range(2 ** 70, 2 ** 70 + 1), range(2 ** 70, 2 ** 70 + 1, 7)),
]
for a, b in pairs:
    print(a, b, a == b, hash(a) == hash(b))
# ranges of two or more items hash as the tuple of ints (len, start, step)
for r in [range(3), range(0, 10, 3), range(10, 0, -2), range(-5, 5), range(2 ** 70, 2 ** 70 + 6, 2)]:
    print(r, hash(r) == hash((len(r), r.start, r.step)), hash(r))
table = {range(3): "three", range(0): "empty", range(1, 2): "one"}
print(table[range(0, 3)], table[range(7, 7)], table[range(1, 100, 100)])
print(sorted(len(r) for r in {range(3), range(0, 3), range(0, 3, 1), range(4), range(0)}))
print(range(3) in {range(0, 3, 1)}, range(4) in {range(3)})
try:
    hash(range(0, 10, 0))
except ValueError as e:
    print("ValueError:", e)
