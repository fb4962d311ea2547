from __future__ import print_function
def make_counters():
    counts = {'n': 0}
    def inc():
        counts['n'] += 1
        return counts['n']
    def reset():
        counts['n'] = 0
    return inc, reset
inc, reset = make_counters()
print(inc(), inc(), inc())
reset()
print(inc())
def adders():
    return [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
x = 'global'
def read_global():
    return x
def shadow():
    x = 'local'
    def inner():
        return x
    return inner()
print(read_global(), shadow(), x)
def use_global():
    global x
    x = 'changed'
use_global()
print(x)
def unbound():
    try:
        print(y_local)
    except NameError as e:
        print('NameError', e)
    y_local = 1
    return y_local
print(unbound())
def compose(*fns):
    def composed(v):
        for fn in reversed(fns):
            v = fn(v)
        return v
    return composed
double = lambda v: v * 2
inc1 = lambda v: v + 1
print(compose(double, inc1)(5), compose(inc1, double)(5), compose()(7))
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def outer_fn():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(outer_fn()(), outer_fn().__name__)
class Scope(object):
    attr = 10
    items = [attr * i for i in range(3)] if False else [10 * i for i in range(3)]
    def method(self):
        return self.attr
print(Scope.items, Scope().method())
gen_vals = [1, 2, 3]
squares = (v * v for v in gen_vals)
gen_vals = [10]
print(list(squares))
def default_mutable(item, bucket=[]):
    bucket.append(item)
    return bucket
print(default_mutable(1), default_mutable(2), default_mutable(3, []))
funcs = {}
for name in ['a', 'b']:
    def f(n=name):
        return n.upper()
    funcs[name] = f
print(sorted((k, v()) for k, v in funcs.items()))
total = 0
for i in range(5):
    total += i
print(total, i)
print([j for j in range(3)], 'j' in dir())
