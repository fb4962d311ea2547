# set.pop() takes entries in the order CPython's search finger gives, with adds, discards, clear and
# in-place algebra between pops; and emptying a big set with pop() is quick.
from __future__ import print_function

s = set(range(20))
print([s.pop() for _ in range(5)])
s.add(2)
s.add(100)
s.add(33)
print([s.pop() for _ in range(4)], len(s))
s.discard(10)
s |= set([7, 64, 65])
print([s.pop() for _ in range(6)])
s &= set(range(0, 200, 3))
print(sorted(s), [s.pop() for _ in range(2)])
s.clear()
for x in (9, 1, 17, 25, 3):
    s.add(x)
print([s.pop() for _ in range(3)], s)

w = set("abcdefghij")
out = []
while w:
    c = w.pop()
    out.append(c)
    if c in "ae":
        w.add(c.upper())
print(sorted(out), len(out))

big = set(range(0, 300000, 3))
total = 0
n = 0
while big:
    total += big.pop()
    n += 1
print(n, total)

f = set([-1, -2, 0, 1, 2, 2 ** 40, -2 ** 40])
print(sorted([f.pop() for _ in range(len(f))]))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
