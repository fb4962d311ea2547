# Too many positional arguments where keyword-only ones were given too: CPython counts them
# in the message ("2 positional arguments (and 1 keyword-only argument) were given").
def kwod(a, *, b=1): pass
def kwo2(a, *, b): pass
def two(a, b=2, *, c, d=4): pass
for f, args, kw in [(kwod, (1, 2), {'b': 3}), (kwod, (1, 2), {}), (kwo2, (1, 2), {'b': 3}), (two, (1, 2, 3), {'c': 1}), (two, (1, 2, 3), {'c': 1, 'd': 2}), (two, (1, 2, 3, 4), {})]:
    try:
        f(*args, **kw)
    except TypeError as e:
        print(e)
