# A module's body compiles once one of its loops turns often enough: its names (LOAD_NAME, STORE_NAME,
# DELETE_NAME, and what a global statement in a function writes) stay the module's dict, seen alike by
# functions, by the loop, by del, and by a NameError's traceback line.
from __future__ import print_function
import sys

total = 0
squares = {}
for i in range(5000):
    total += i * i % 7
    if i % 1000 == 0:
        squares[i] = total
print(total, sorted(squares.items()))


def bump():
    global counter
    counter += 1
    return counter


counter = 0
seen = []
n = 0
while n < 3000:
    n += 1
    if n % 3 == 0:
        bump()
    if n % 1000 == 0:
        seen.append((n, counter))
print(n, counter, seen)

words = ["alpha", "beta", "gamma", "delta"]
index = {}
for k in range(2000):
    w = words[k % 4]
    index[w] = index.get(w, 0) + len(w)
    temp = k * 2
    del temp
print(sorted(index.items()), "temp" in globals())


class Point(object):
    def __init__(self, x):
        self.x = x


points = [Point(j) for j in range(1500)]
acc = 0
for p in points:
    acc += p.x
print(acc, len(points))

for k in range(1200):
    if k == 1100:
        try:
            print(undefined_name)
        except NameError as e:
            print("NameError", e)
    last = k
print(last)

i = 0
while True:
    i += 1
    if i > 2500:
        break
else:
    print("not reached")
print("i", i, "bump" in dir(), sys.version_info[0] in (2, 3))
for k in range(1500):
    if k == 1400:
        print(missing_at_the_end)
