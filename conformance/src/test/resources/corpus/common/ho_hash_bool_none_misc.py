from __future__ import print_function
# hash() of True/False, equal-value cross-type hashes, and dicts keyed
# by values that compare equal across types.
print(hash(True), hash(False))
print(hash(True) == hash(1), hash(False) == hash(0.0))
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
d[0] = 'zero'
d[False] = 'false'
print(d)
print(list(d.keys()))
k = {}
k[(1, 2)] = 'a'
k[(1.0, 2.0)] = 'b'
print(k)
print(hash(2 ** 64) == hash(float(2 ** 64)))
print(hash(-2 ** 64) == hash(float(-2 ** 64)))
print(hash(0.5) == hash(0.5), hash(-0.5) == -hash(0.5))
print(hash(1.5), hash(-1.5))
print(hash(12345678901234567890), hash(-12345678901234567890))
for v in [1, 10, 100, 1000, 10 ** 6, 10 ** 9, 10 ** 12, 10 ** 18, 10 ** 19]:
    print(v, hash(v), hash(-v), hash(float(v)))
