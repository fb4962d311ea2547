# Augmented assignment on names, attributes, subscripts and slices; in-place list vs tuple.
class Acc(object):
    def __init__(self):
        self.total = 0

acc = Acc()
for v in range(5):
    acc.total += v
print(acc.total)
d = {"n": 1}
d["n"] *= 10
d["n"] -= 3
print(d["n"])
grid = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        grid[r][c] += r * c
print(grid)
lst = [1, 2]
alias = lst
lst += [3]
print(alias)
tup = (1, 2)
alias_t = tup
tup += (3,)
print(alias_t)
print(tup)
s = "ab"
s *= 3
print(s)
x = 7
x /= 2
print(x == 3.5 or x == 3)
n = 2
n **= 10
n //= 3
n %= 100
print(n)
counts = {}
for w in "a b a c a b".split():
    counts[w] = counts.get(w, 0)
    counts[w] += 1
print(sorted(counts.items()))
class Vec(object):
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        self.v = self.v + other
        return self
vec = Vec(1)
vec += 5
print(vec.v)
