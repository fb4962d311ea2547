from __future__ import print_function
# Sets growing through several resizes; only a prefix and the length
# are printed.
for n in (5, 50, 200, 1000):
    s = set()
    for i in range(n):
        s.add('k%d' % i)
    print(n, len(s), list(s)[:20])
for n in (50, 200, 1000):
    s = set()
    for i in range(n):
        s.add(i * 7919 % 10007 - 5000)
    print(n, len(s), list(s)[:20])
s = set('w%d' % i for i in range(300))
for i in range(0, 300, 2):
    s.discard('w%d' % i)
print(len(s), list(s)[:20])
for i in range(0, 300, 4):
    s.add('w%d' % i)
print(len(s), list(s)[:20])
big = set(range(1000))
for i in range(0, 1000, 3):
    big.remove(i)
print(len(big), list(big)[:20])
