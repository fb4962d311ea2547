# enumerate, zip, reversed, map, filter, iter/next, range: wrapped in list() for all versions.
from __future__ import print_function
letters = ["a", "b", "c", "d"]
print(list(enumerate(letters)))
print(list(enumerate(letters, 1)), list(enumerate("xy", start=-1)))
print(list(zip(letters, range(10))))
print(list(zip("ab", "xyz", [1, 2, 3])), list(zip()), list(zip([])))
print(list(reversed(letters)), list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))))
print(list(map(str.upper, letters)), list(map(len, ["", "a", "ab"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda c: c in "bd", letters)), list(filter(None, [0, 2, "", "x"])))
print(list(range(5)), list(range(2, 12, 3)), list(range(10, 0, -3)), list(range(0)))
print(len(range(0, 100, 7)), 14 in range(0, 100, 7), 15 in range(0, 100, 7))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"))
it2 = iter("hi")
print(list(it2), list(it2))
for i, (a, b) in enumerate(zip("xyz", "XYZ")):
    print(i, a + b)
for idx, val in reversed(list(enumerate(letters))):
    print(idx, val, end=" ")
print()
transposed = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(transposed)
keys = ["k1", "k2", "k3"]
vals = [1, 2, 3]
print(sorted(dict(zip(keys, vals)).items()))
print(sum(map(int, "1 2 3 4".split())), max(map(abs, [-9, 4])), list(map(float, ["1.5", "2"])))
class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    next = __next__
print(list(Countdown(4)), list(enumerate(Countdown(2))), list(zip(Countdown(3), "ab")))
print(list(map(lambda t: t[0] * t[1], enumerate([5, 5, 5]))))
sentinel = iter([3, 0, 2, 1].pop, 0)
print(list(sentinel))
print(list(filter(str.isdigit, "a1b22c3")), "".join(filter(str.isalpha, "a1b22c3")))
print(sorted(map(lambda x: x % 4, range(10))), list(reversed(sorted(set("banana")))))
