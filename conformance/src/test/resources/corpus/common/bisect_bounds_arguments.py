# bisect's lo and hi are getargs "n" indexes: before 3.10 a float says "integer argument expected, got float";
# 3.9+ takes hi=None for len(a) (its converter: "argument should be integer or None, not 'float'"), before
# that None is "'NoneType' object cannot be interpreted as an integer" (2.7: "an integer is required").
from __future__ import print_function
import bisect

for lo in [None, 1.5, 'a', True, -1, 1]:
    for f in (bisect.bisect, bisect.bisect_left, bisect.insort_left):
        try:
            print(f.__name__, repr(lo), f([1, 2, 3], 2, lo=lo))
        except (TypeError, ValueError) as e:
            print(f.__name__, repr(lo), type(e).__name__, e)
for hi in [None, 1.5, 'a', False, -1, 2, 10]:
    for f in (bisect.bisect_right, bisect.insort):
        try:
            print(f.__name__, repr(hi), f([1, 2, 3], 2, 0, hi))
        except (TypeError, ValueError) as e:
            print(f.__name__, repr(hi), type(e).__name__, e)
