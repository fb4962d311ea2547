from __future__ import print_function
# Dicts keyed by ints (negative, large) printed directly after churn.
d = {}
for k in [100, -1, 3, 2 ** 40, -2 ** 40, 17, 0, 2 ** 61 - 1, 64, 8]:
    d[k] = k % 10
print(d)
del d[3]
del d[0]
d[3] = 'three'
print(d)
d[32] = 'x'
d[-3] = 'y'
print(list(d.items()))
e = dict((i * 8, i) for i in range(12))
print(list(e))
for i in range(0, 12, 3):
    del e[i * 8]
e[1] = 1
e[9] = 9
print(list(e))
f = {}
for i in range(20, 0, -1):
    f[i] = None
print(list(f))
