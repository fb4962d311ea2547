# Calls with defaults, keywords, *args, **kwargs, and the TypeError messages of bad calls.
from __future__ import print_function
def f(a, b=2, *args, **kwargs):
    return "a=%r b=%r args=%r kw=%r" % (a, b, args, sorted(kwargs.items()))
print(f(1))
print(f(1, 3))
print(f(1, 3, 4, 5))
print(f(1, x=9, y=8))
print(f(b=7, a=6))
print(f(*[1, 2, 3]))
print(f(**{"a": 10, "z": 11}))
print(f(1, *(2, 3), **{"k": 4}))
def g(x, y):
    return x - y
def h():
    return "h"
five = 5
nothing = None
def k(x, y=1):
    return x * y
cases = [
    ("g(1)", lambda: g(1)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("g(1, x=2)", lambda: g(1, x=2)),
    ("g(1, z=2)", lambda: g(1, z=2)),
    ("h(1)", lambda: h(1)),
    ("k()", lambda: k()),
    ("k(1, 2, 3)", lambda: k(1, 2, 3)),
    ("k(y=2)", lambda: k(y=2)),
    ("f()", lambda: f()),
    ("f(1, a=2)", lambda: f(1, a=2)),
    ("len(1, 2)", lambda: len(1, 2)),
    ("len()", lambda: len()),
    ("int(1, 2, 3)", lambda: int("1", 2, 3)),
    ("g(**{'x': 1, 'y': 2, 'q': 3})", lambda: g(**{"x": 1, "y": 2, "q": 3})),
    ("nothing()", lambda: nothing()),
    ("five(3)", lambda: five(3)),
]
for label, thunk in cases:
    try:
        print(label, "->", thunk())
    except TypeError as e:
        print(label, "TypeError:", e)
def defaults_shared(item, bucket=[]):
    bucket.append(item)
    return bucket
print(defaults_shared(1), defaults_shared(2), defaults_shared(3, []))
def order(*args, **kwargs):
    return len(args), len(kwargs)
print(order(), order(1, 2), order(a=1), order(1, b=2, c=3))
print(g(y=1, x=10), k(5), k(5, y=3), k(x=2, y=4))
print(f.__name__, f.__defaults__, k.__defaults__, h.__defaults__)
