# hash of a NaN: 0 on 2.7 and 3.6, the object's own identity hash from 3.10 (so NaN keys do not all collide);
# in a float or a complex; a set or dict keeps NaNs apart by identity on every version
from __future__ import print_function
n = float('nan')
m = float('nan')
print(hash(n) == hash(n), hash(n) == 0, hash(n) == hash(m), hash(float('inf')), hash(-0.0))
c = complex(n, 1.0)
print(hash(c) == hash(c), hash(c) == hash(complex(0.0, 1.0)))
s = set([n, m, n, float('nan')])
print(len(s), n in s, float('nan') in s)
d = {n: 1, m: 2}
print(len(d), d[n], d[m])
