# A function's __dict__ is its attribute namespace itself (not a copy): writes through it, vars(),
# del and assignment of a new dict are seen by attribute access; deleting its own slots.
from __future__ import print_function


def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__dict__.update(fn.__dict__)
    wrapper.calls = 0
    return wrapper


@counted
def add(a, b):
    """Add two things."""
    return a + b


add.tag = "math"
print(add(1, 2), add(3, 4), add.calls, add.__name__, add.__doc__, sorted(add.__dict__))


def f():
    pass


f.a = 1
f.__dict__["b"] = 2
vars(f)["c"] = 3
f.__dict__.update(d=4)
print(sorted(f.__dict__.items()), getattr(f, "b", None), getattr(f, "c", None), getattr(f, "d", None))
print(f.__dict__ is f.__dict__, vars(f) is f.__dict__)
del f.a
delattr(f, "b")
print(sorted(vars(f)), hasattr(f, "a"), hasattr(f, "b"))
f.__dict__ = {"z": 26}
print(f.z, sorted(vars(f)), hasattr(f, "c"))


class D(dict):
    pass


f.__dict__ = D(k=1)
print(f.k, type(f.__dict__).__name__)


def memo(n):
    if n in memo.cache:
        return memo.cache[n]
    r = n if n < 2 else memo(n - 1) + memo(n - 2)
    memo.cache[n] = r
    return r


memo.cache = {}
print(memo(40), len(memo.cache))
h = lambda: 0
h.__dict__.setdefault("hits", []).append(1)
print(h.hits, getattr(h, "missing", "dflt"))


def g(a=1):
    "doc"


def t(name):
    try:
        delattr(g, name)
        print("deleted", name, getattr(g, name, "<none>"))
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)


for bad in ([1], None, 5):
    try:
        g.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
for n in ["nothere", "__defaults__", "__doc__", "__module__", "__name__", "__code__", "__closure__",
          "__globals__", "func_doc", "func_name", "func_defaults", "__dict__", "func_dict"]:
    t(n)
g.x = 1
t("x")
t("x")
print(g.__defaults__, g.__doc__, g.__module__, g.__name__)
