# Unpacking a non-iterable into targets with a starred one (a, *b = x) fails as plain unpacking does: 3.7+
# says "cannot unpack non-iterable int object", 3.6 "'int' object is not iterable"; too few values is
# "not enough values to unpack (expected at least 2, got 1)".


def star_first(v):
    a, *b = v
    return a, b


def star_middle(v):
    a, *b, c = v
    return a, b, c


def star_last(v):
    *a, b = v
    return a, b


class NoIter:
    pass


for v in [1, None, 2.5, NoIter(), [1], "a", (1, 2, 3), range(4), iter([7, 8])]:
    for fn in (star_first, star_middle, star_last):
        try:
            print(fn.__name__, fn(v))
        except (TypeError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
for a, *rest in [(1, 2, 3), "xy"]:
    print(a, rest)
try:
    for a, *rest in [5]:
        pass
except TypeError as e:
    print(type(e).__name__, e)
