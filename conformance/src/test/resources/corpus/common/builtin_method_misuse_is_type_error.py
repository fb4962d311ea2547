# Builtin methods called without an argument they need, or with one of the wrong type,
# raise TypeError (which a program can catch), never an internal error.
from __future__ import print_function


def kind(f):
    try:
        f()
        return "ok"
    except TypeError:
        return "TypeError"
    except Exception as e:
        return type(e).__name__


calls = [
    lambda: "abc".split(1),
    lambda: "abc".rsplit(1),
    lambda: "a".strip(1),
    lambda: "a".startswith((1, "a")),
    lambda: "x".join(),
    lambda: "x".join(1),
    lambda: [].index(),
    lambda: {}.setdefault(),
    lambda: set().add(),
    lambda: "a".replace("a"),
    lambda: "%s".center(),
    lambda: "a".zfill(),
]
print([kind(c) for c in calls])
for i in range(200):
    try:
        "abc".split(i)
    except TypeError:
        pass
print("done")
