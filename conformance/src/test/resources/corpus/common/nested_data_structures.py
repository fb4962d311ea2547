# Nested lists and dicts: building, walking recursively, and printing deterministically.
inventory = {
    "fruit": {"apple": [3, 0.5], "pear": [0, 0.75]},
    "veg": {"kale": [12, 2.0]},
    "misc": {},
}

def total_value(inv):
    total = 0.0
    for cat in sorted(inv):
        for item in sorted(inv[cat]):
            qty, price = inv[cat][item]
            total += qty * price
    return total

def depth(x):
    if isinstance(x, dict):
        return 1 + max([depth(v) for v in x.values()] or [0])
    if isinstance(x, list):
        return 1 + max([depth(v) for v in x] or [0])
    return 0

def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]

print("%.2f" % total_value(inventory))
print(depth(inventory))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
inventory["fruit"]["apple"][0] += 10
print(inventory["fruit"]["apple"])
rows = [{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(4)]
for row in rows:
    print("%d %s" % (row["id"], ",".join(row["tags"]) or "-"))
matrix = [[1, 2], [3, 4]]
product = [[sum(a * b for a, b in zip(r, c)) for c in zip(*matrix)] for r in matrix]
print(product)
