# functools.lru_cache's wrapper is C in CPython (_functools._lru_cache_wrapper): its type, its cache
# keys (a lone int or str is its own key, 1 and 1.0 share a tuple key, typed=True keeps types apart,
# keywords after a marker), least-recently-used eviction, cache_info/cache_clear, binding as a
# method, and no frame of its own in a traceback (the uncaught error at the end; source beside it).
import functools

calls = []


@functools.lru_cache(maxsize=3)
def record(*args, **kw):
    calls.append((args, tuple(sorted(kw.items()))))
    return len(calls)


print(record(1), record(1), record(1.0), record(True), record("a"), record(x=1), record(x=1), record(1, x=2), record(1))
print(record.cache_info())
record.cache_clear()
print(record.cache_info(), record(1), record.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.lru_cache(maxsize=0)
def double(x):
    return x * 2


print(double(1), double(1), double.cache_info())


@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())
try:
    kind([1])
except TypeError as e:
    print("TypeError", e)


class Counter:
    def __init__(self):
        self.n = 0

    @functools.lru_cache(maxsize=8)
    def bump(self, x):
        self.n += 1
        return x + self.n


c = Counter()
print(c.bump(1), c.bump(1), c.bump(2), Counter.bump.cache_info(), Counter.bump(c, 1))
print(record.__name__, record.__qualname__, record.__wrapped__.__name__, type(record).__name__, callable(record))


@functools.lru_cache(maxsize=2)
def square(x):
    print("compute", x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(square.cache_info())


@functools.lru_cache(maxsize=-5)
def negative(x):
    return x


print(negative(1), negative(1), negative.cache_info())


@functools.lru_cache(maxsize=16)
def lookup(depth):
    if depth == 0:
        raise KeyError("not cached: %d" % depth)
    return lookup(depth - 1)


lookup(2)
