# Recursion through builtins that call a program's methods (abs, hash, next, format, bool, in): the C levels
# CPython counts on the way (2.7/3.6 each slot's PyObject_Call, 3.11 a call of a one-argument builtin) decide how
# deep it goes and what the RecursionError says.
import sys
def maxdepth(make):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            make(mid)
            lo = mid
        except RuntimeError:
            hi = mid - 1
    return lo
def msg(make):
    try:
        make(5000)
    except RuntimeError as e:
        return str(e).replace("maximum recursion depth exceeded", "").strip() or "-"
results = []
class Ab(object):
    def __init__(self, n): self.n = n
    def __abs__(self):
        return abs(Ab(self.n - 1)) if self.n else 0
results.append(("abs", lambda n: abs(Ab(n))))
class H(object):
    def __init__(self, n): self.n = n
    def __hash__(self):
        return hash(H(self.n - 1)) if self.n else 0
results.append(("hash", lambda n: hash(H(n))))
class Nx(object):
    def __init__(self, n): self.n = n
    def __next__(self):
        return next(Nx(self.n - 1)) if self.n else 0
    next = __next__
results.append(("next", lambda n: next(Nx(n))))
class F(object):
    def __init__(self, n): self.n = n
    def __format__(self, spec):
        return format(F(self.n - 1), spec) if self.n else ""
results.append(("format", lambda n: format(F(n), "")))
class Bo(object):
    def __init__(self, n): self.n = n
    def __bool__(self):
        return bool(Bo(self.n - 1)) if self.n else True
    __nonzero__ = __bool__
results.append(("bool", lambda n: bool(Bo(n))))
class Co(object):
    def __init__(self, n): self.n = n
    def __contains__(self, x):
        return (x in Co(self.n - 1)) if self.n else False
results.append(("contains", lambda n: 1 in Co(n)))
for name, make in results:
    print(name, maxdepth(make), msg(make))
