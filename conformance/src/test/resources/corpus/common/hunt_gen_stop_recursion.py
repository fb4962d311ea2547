from __future__ import print_function
def g():
    yield 1
    raise StopIteration('x')
def attempt(label, f):
    try:
        print(label, f())
    except RuntimeError as e:
        print(label, type(e).__name__, e, type(e.__cause__).__name__, e.__cause__ is e.__context__)
attempt('list', lambda: list(g()))
attempt('sorted', lambda: sorted(g()))
attempt('tuple', lambda: tuple(g()))
attempt('sum', lambda: sum(g()))
attempt('comp', lambda: [x for x in g()])
def loop():
    out = []
    for x in g():
        out.append(x)
    return out
attempt('for', loop)
it = g(); next(it)
try:
    next(it)
except StopIteration as e:
    print('SI', e)
except RuntimeError as e:
    print('RT', e)
def d(n):
    return 0 if n == 0 else 1 + d(n - 1)
def f(x):
    return 0 if x == 0.0 else 1 + f(x - 1.0)
def h(n):
    return h(n + 1)
for fn, arg in [(d, 10 ** 6), (f, 1e6), (h, 0)]:
    try:
        fn(arg)
    except RuntimeError as e:
        print(type(e).__name__, e)
print(d(100), f(50.0))
