# Closures: factories capturing arguments, mutable cells for state, shared cells, late binding.
from __future__ import print_function
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def make_account(balance):
    state = {"balance": balance, "log": []}
    def deposit(n):
        state["balance"] += n
        state["log"].append("+%d" % n)
        return state["balance"]
    def withdraw(n):
        if n > state["balance"]:
            state["log"].append("!%d" % n)
            return "insufficient"
        state["balance"] -= n
        state["log"].append("-%d" % n)
        return state["balance"]
    def history():
        return list(state["log"])
    return deposit, withdraw, history
dep, wd, hist = make_account(100)
print(dep(50), wd(30), wd(500), dep(5))
print(hist())
def counter_pair():
    cell = [0]
    def inc():
        cell[0] += 1
        return cell[0]
    def get():
        return cell[0]
    return inc, get
inc, get = counter_pair()
inc()
inc()
print(get(), inc(), get())
def make_funcs():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return [f() for f in funcs]
print(make_funcs())
def make_funcs_bound():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in make_funcs_bound()])
def outer():
    x = "outer-x"
    def middle():
        def inner():
            return x + "!"
        return inner
    return middle()()
print(outer())
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
print(double.__closure__ is not None, len(double.__closure__), double.__closure__[0].cell_contents)
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(double, triple, lambda v: v + 1)(4))
