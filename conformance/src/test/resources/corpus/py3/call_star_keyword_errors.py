# Errors of a call's *args and **kwargs on 3.x. A **kwargs key must be a str (bytes too is refused): 3.11
# checks the keys as it unpacks them ("keywords must be strings"); 3.6 leaves that to the callee, so a
# Python function names its code ("f() keywords must be strings", a class its __init__), dict() says
# "keyword arguments must be strings" and other builtins "keywords must be strings". A non-iterable *arg
# after other positional ones is, on 3.6, "f() argument after * must be an iterable" too.
import functools


class C:
    def __init__(self, **k):
        self.k = k

    def m(self, **k):
        return k


def f(*a, **k):
    return a, k


calls = [
    ("f(**{1: 2})", lambda: f(**{1: 2})),
    ("f(**{b'a': 2})", lambda: f(**{b"a": 2})),
    ("f(x=1, **{2: 3})", lambda: f(x=1, **{2: 3})),
    ("f(x=1, **{b'y': 3})", lambda: f(x=1, **{b"y": 3})),
    ("C(**{1: 2})", lambda: C(**{1: 2})),
    ("C().m(**{b'a': 1})", lambda: C().m(**{b"a": 1})),
    ("lambda(**{1: 2})", lambda: (lambda **k: k)(**{1: 2})),
    ("dict(**{1: 2})", lambda: dict(**{1: 2})),
    ("dict(**{b'a': 2})", lambda: dict(**{b"a": 2})),
    ("int(**{1: 2})", lambda: int(**{1: 2})),
    ("sorted([], **{1: 2})", lambda: sorted([], **{1: 2})),
    ("print(**{1: 2})", lambda: print(**{1: 2})),
    ("f(**{'a': 1})", lambda: f(**{"a": 1})),
    ("f(1, *None)", lambda: f(1, *None)),
    ("f(1, 2, *None, 3)", lambda: f(1, 2, *None, 3)),
    ("f(*[1], *5)", lambda: f(*[1], *5)),
    ("f(1, *(2,), *[3])", lambda: f(1, *(2,), *[3])),
    ("C().m(1, *None)", lambda: C().m(1, *None)),
    ("print(1, *2)", lambda: print(1, *2)),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
print(functools.reduce(lambda a, b: a + b, f(1, *(2, 3))[0]))
