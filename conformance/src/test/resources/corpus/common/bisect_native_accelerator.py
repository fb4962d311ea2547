# bisect's functions come from _bisect, C in CPython: the same comparisons and results, the C module's
# argument errors, 2.7's and 3.6's aliases in _bisect, 3.10's key=, and no bisect.py frame in the
# traceback of a comparison failing inside it (the uncaught error at the end).
from __future__ import print_function
import bisect, sys
a = [1, 2, 2, 3, 5]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 2, 3), bisect.bisect_left(a, 2, 0, 2))
print(bisect.bisect_left(a, 4, lo=1), bisect.bisect_right(a, 0, hi=3), bisect.bisect_right(a, 9, 2, -1))
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
    bisect.insort_left(b, v * 10)
print(b)
class Seq(object):
    def __init__(self): self.d = [1, 3, 5]
    def __len__(self): return len(self.d)
    def __getitem__(self, i):
        print("get", i)
        return self.d[i]
    def insert(self, i, x):
        print("insert", i, x)
        self.d.insert(i, x)
s = Seq()
bisect.insort_right(s, 4)
print(s.d, bisect.bisect(s, 0))
for bad in ["bisect.bisect(a, 1, -1)", "bisect.bisect(a)", "bisect.bisect(a, 1, 'x')", "bisect.bisect(5, 1)",
            "bisect.bisect(a, 'x')", "bisect.bisect(a, 1, 0, 10)", "bisect.insort(5, 1)", "bisect.bisect(a, x=1, y=2)"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
if sys.version_info >= (3, 10):
    recs = [("a", 1), ("b", 3), ("c", 5)]
    print(bisect.bisect(recs, 3, key=lambda r: r[1]), bisect.bisect_left(recs, 3, key=lambda r: r[1]))
    bisect.insort(recs, ("z", 4), key=lambda r: r[1])
    print(recs)
print(type(bisect.bisect).__name__, bisect.bisect.__name__)
bisect.bisect_left([1, 2, None], 3)
