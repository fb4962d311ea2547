# Assignment expressions in conditions, comprehensions and while loops.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} items")
values = iter(data)
total = 0
while (v := next(values, None)) is not None:
    total += v
print(total)
print([y for x in data if (y := x * 2) > 6])
print(y)
print([last := i for i in range(3)], last)
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(["a", "abcde", "xyz"]))
print(first_long(["a"]))
print((z := 10) + z)
pairs = {k: (sq := k * k) for k in range(3)}
print(pairs, sq)
