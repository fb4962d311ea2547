# Insertion order survives many deletions (holes closed and reused), re-insertion moves a key to the
# end, popitem takes the last key; also a big dict emptied from the front, which must not take long.
from __future__ import print_function

d = {}
for i in range(30):
    d["k%02d" % i] = i
for i in range(0, 30, 3):
    del d["k%02d" % i]
print(list(d)[:8], len(d))
d["k00"] = 100
d["k01"] = 101          # present: keeps its place
print(list(d)[-3:], d["k01"])
print(d.popitem(), d.popitem(), len(d))
for k in list(d)[:15]:
    del d[k]
print(sorted(d.items())[:4], list(d.keys())[:4], len(d))
print(list(d.values())[:5])
d.clear()
d["fresh"] = 1
print(d)

big = {}
n = 60000
for i in range(n):
    big[i * 7] = i
for i in range(n // 2):
    del big[i * 7]
print(len(big), next(iter(big)), list(big)[-1])
for i in range(n // 2, n // 2 + 10):
    big[i * 7] = -i          # replaced in place: order unchanged
print(list(big.items())[:3])
for i in range(5):
    big[i * 7] = i           # back again: at the end
print(list(big)[-5:])
drained = 0
while big:
    k, v = big.popitem()
    drained += 1
    if drained in (1, 2, 30004):
        print("popitem", k, v)
print("drained", drained, big)

s = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    s[w] = s.get(w, 0) + 1
    if len(s) > 4:
        del s[next(iter(s))]
print(s)
e = dict.fromkeys(range(20))
for k in range(0, 20, 2):
    e.pop(k)
print(list(e), e.pop(19), list(e)[-1])
try:
    {}.popitem()
except KeyError as err:
    print("KeyError", err)
