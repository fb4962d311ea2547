# Too many positional arguments to a function with keyword-only parameters: when keyword-only ones were given
# too, the message counts them and the verb is always "were" ("1 positional argument (and 1 keyword-only
# argument) were given"); without them a single argument "was given".


def only_kw(*, b):
    return b


def one_and_kw(a, *, b, c=3):
    return a, b, c


def with_default(a, b=2, *, c):
    return a, b, c


class K:
    def m(self, x, *, y):
        return x, y


calls = [
    lambda: only_kw(1),
    lambda: only_kw(1, b=2),
    lambda: only_kw(1, 2, b=2),
    lambda: one_and_kw(1, 2),
    lambda: one_and_kw(1, 2, b=3),
    lambda: one_and_kw(1, 2, b=3, c=4),
    lambda: one_and_kw(1, 2, 3, c=4),
    lambda: with_default(1, 2, 3),
    lambda: with_default(1, 2, 3, c=4),
    lambda: K().m(1, 2),
    lambda: K().m(1, 2, y=3),
    lambda: K.m(K(), 1, 2, y=3),
    lambda: one_and_kw(1, b=2),
]
for call in calls:
    try:
        print("ok", call())
    except TypeError as e:
        print(type(e).__name__, e)
