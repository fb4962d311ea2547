# How deep recursion can go through a class's __init__, slot methods (len, +, [], __getattr__, iter, ==, str),
# properties and __call__: CPython counts its C calls into Python code as recursion levels too, per version
# (2.7/3.6 PyObject_Call, 3.11 only calls of a class or instance), and the RecursionError says where it stopped.
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
def f(n):
    return f(n - 1) if n else 0
results.append(("plain", f))
class N(object):
    def __init__(self, n):
        self.c = N(n - 1) if n else None
results.append(("init", N))
class L(object):
    def __init__(self, n): self.n = n
    def __len__(self):
        return len(L(self.n - 1)) if self.n else 0
results.append(("len", lambda n: len(L(n))))
class A(object):
    def __init__(self, n): self.n = n
    def __add__(self, o):
        return (A(self.n - 1) + o) if self.n else 0
results.append(("add", lambda n: A(n) + 1))
class G(object):
    def __init__(self, n): self.n = n
    def __getattr__(self, name):
        return getattr(G(self.n - 1), name) if self.n else 0
results.append(("getattr", lambda n: G(n).zz))
class P(object):
    def __init__(self, n): self.n = n
    @property
    def p(self):
        return P(self.n - 1).p if self.n else 0
results.append(("property", lambda n: P(n).p))
class GI(object):
    def __init__(self, n): self.n = n
    def __getitem__(self, k):
        return GI(self.n - 1)[k] if self.n else 0
results.append(("getitem", lambda n: GI(n)[0]))
class C(object):
    def __init__(self, n): self.n = n
    def __call__(self):
        return C(self.n - 1)() if self.n else 0
results.append(("call", lambda n: C(n)()))
class E(object):
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        return (E(self.n - 1) == o) if self.n else True
results.append(("eq", lambda n: E(n) == 1))
class S(object):
    def __init__(self, n): self.n = n
    def __str__(self):
        return str(S(self.n - 1)) if self.n else ""
results.append(("str", lambda n: str(S(n))))
class I(object):
    def __init__(self, n): self.n = n
    def __iter__(self):
        return iter(I(self.n - 1)) if self.n else iter([])
results.append(("iter", lambda n: iter(I(n))))
def gen(n):
    if n:
        for x in gen(n - 1):
            yield x
    else:
        yield 0
results.append(("generator", lambda n: list(gen(n))))
for name, make in results:
    print(name, maxdepth(make), msg(make))
class Deep(object):
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
Deep(5000)
