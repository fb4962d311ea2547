# A memoised recursion (lru_cache: its wrapper's call is a recursion level), gen.throw(exc) keeping exc's
# traceback, a module's own __getattr__ (3.7+) and __class_getitem__ as an implicit classmethod (3.7+).
import functools, sys
@functools.lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1
def maxd():
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        depth.cache_clear()
        try:
            depth(mid); lo = mid
        except RecursionError:
            hi = mid - 1
    return lo
print("memo depth", maxd())
def boom():
    raise KeyError("k")
def gen():
    yield 1
try:
    boom()
except KeyError as e:
    exc = e
g = gen(); next(g)
try:
    g.throw(exc)
except KeyError:
    import traceback
    traceback.print_exc(file=sys.stdout)
import types
m = types.ModuleType("m")
m.__getattr__ = lambda name: "lazy " + name
print(m.anything)
class A:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(type(A.__dict__["__class_getitem__"]).__name__, A.__class_getitem__(int), A[str])
