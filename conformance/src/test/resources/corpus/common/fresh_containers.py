# Lists and tuples made by slicing, concatenation, split and list displays are new objects: changing one
# never changes the value it was made from, and each evaluation of a display makes another list.
from __future__ import print_function

base = [1, 2, 3, 4, 5, 6]
copy = base[:]
copy.append(7)
part = base[1:4]
part[0] = 'x'
stepped = base[::2]
stepped.reverse()
back = base[::-1]
back.pop()
print(base, copy, part, stepped, back, copy is base, base[:] == base)

joined = base + [7, 8]
joined[0] = 'first'
left = [0] + base
left.append('end')
print(base, joined, left, len(base + []), (base + []) is base)

t = tuple(range(12))
print(t[:4], t[4:], t[::3], t[::-4], t[10:2:-3], t[-3:], t[5:5], t[100:], t[-100:2])
print(t[1:7:2] + t[:1], type(t[2:5]).__name__, t[:] == t, len(t[::5]))

line = "alpha beta  gamma\tdelta"
words = line.split()
words[0] = 'ALPHA'
again = line.split()
print(words, again, line.split(None, 2), line.rsplit(None, 1), "a,b,,c".split(","), "a,b,,c".rsplit(",", 2))

made = []
for i in range(3):
    row = [i, i * i]
    empty = []
    made.append((row, empty))
made[0][0].append('more')
made[1][1].append('only here')
print(made)

grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid, [r is grid[0] for r in grid])

nested = [[1, 2], [3]]
flat = nested[0] + nested[1]
flat.append(4)
print(nested, flat)
