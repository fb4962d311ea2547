# dict.popitem(): 3.x takes the last inserted key; 2.7 searches from a finger kept in slot 0 of the table,
# so keys inserted between pops behind the finger come out last. Emptying a big dict this way is linear.
from __future__ import print_function
d = dict((i, i * i) for i in range(20))
out = []
for r in range(5):
    out.append(d.popitem())
d[100] = 1
d[3] = 'x'
d[64] = 2
while d:
    out.append(d.popitem())
    if len(out) == 12:
        d[7] = 'back'; d[40] = 'forty'
print(out)
s = dict.fromkeys('abcdefghij', 0)
print([s.popitem() for _ in range(4)], sorted(s))
big = dict.fromkeys(range(100000))
n = 0
while big:
    big.popitem(); n += 1
print(n)
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
