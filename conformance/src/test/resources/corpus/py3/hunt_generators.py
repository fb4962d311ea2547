def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, fib()), take(3, (c for c in 'abcdef')))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(next(g), g.send('a'), g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def delegating():
    r = yield from echo()
    print('sub returned', r)
    yield 'after'
d = delegating()
print(next(d), d.send(1), d.send(2), d.send(None))
def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('closing!')
        raise
    finally:
        print('cleanup')
c = closing()
print(next(c)); c.close(); print('closed', list(c))
def thrower():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('handled', e)
t = thrower(); next(t)
print(t.throw(ValueError('boom')))
try:
    t.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(next(t, 'finished'))
gen = (x * x for x in range(5))
print(type(gen).__name__, sum(gen), sum(gen), list(gen))
print([y for y in (x for x in range(10) if x % 3 == 0)], max((len(w), w) for w in 'a bb ccc'.split()))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5); print(get(), inc(), get())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [(lambda i=i: i)() for i in range(3)])
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', range(2), [None])), list(itertools.chain.from_iterable(['xy', 'z'])))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v; count += 1
        avg = total / count
ra = running_avg(); next(ra)
print([ra.send(v) for v in [10, 20, 30, 5]])
def gen_stopiter():
    yield 1
    raise StopIteration('x')
try:
    print(list(gen_stopiter()))
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
g2 = fib()
print(g2.__name__, next(g2), next(g2))
g3 = (i for i in [1])
next(g3)
try:
    next(g3)
except StopIteration as e:
    print('StopIteration', repr(e), e.value)
def running():
    yield g4.gi_running
g4 = running()
print(next(g4), g4.gi_running)
def recur():
    yield next(gg)
gg = recur()
try:
    next(gg)
except ValueError as e:
    print('ValueError:', e)
def deco_args(prefix, times=1):
    def deco(fn):
        def wrapper(*a, **k):
            return [prefix + str(fn(*a, **k))] * times
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@deco_args('>', times=2)
def add(a, b=10):
    return a + b
print(add(1), add(1, b=2), add.__name__)
import functools
def logged(fn):
    @functools.wraps(fn)
    def w(*args):
        print('call', fn.__name__, args)
        return fn(*args)
    return w
@logged
def mul(a, b):
    "multiply"
    return a * b
print(mul(3, 4), mul.__name__, mul.__doc__, mul.__wrapped__(2, 2))
@functools.lru_cache(maxsize=None)
def fibr(n):
    return n if n < 2 else fibr(n - 1) + fibr(n - 2)
print(fibr(80), fibr.cache_info())
