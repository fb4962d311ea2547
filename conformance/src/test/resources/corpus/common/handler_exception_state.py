# The exception being handled while handlers nest and end: sys.exc_info() inside and after each handler,
# a bare raise in an outer handler after an inner one finished, matching against tuples and a bad spec;
# run hot so that compiled code handles them too.
from __future__ import print_function
import sys


def state():
    t = sys.exc_info()[0]
    return t.__name__ if t else None


def nested(i):
    seen = []
    try:
        raise KeyError(i)
    except KeyError:
        seen.append(state())
        try:
            raise ValueError(i)
        except (TypeError, ValueError):
            seen.append(state())
        seen.append(state())
        try:
            raise
        except Exception as e:   # 2.7 re-raises the ValueError: its handler left it as the last exception
            seen.append("reraised %s %s" % (type(e).__name__, e))
    seen.append(state())
    return seen


def bad_spec(i):
    try:
        try:
            raise IndexError(i)
        except 42:
            return "matched"
    except TypeError as e:
        return "TypeError: %s" % e


def loop(n):
    counts = {}
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ZeroDivisionError(i)
            if i % 3 == 1:
                raise LookupError(i)
            counts["none"] = counts.get("none", 0) + 1
        except (ZeroDivisionError, ArithmeticError) as e:
            counts["arith"] = counts.get("arith", 0) + 1
        except LookupError:
            counts[state()] = counts.get(state(), 0) + 1
    return sorted(counts.items())


for k in range(3000):
    r = nested(k)
print(r, state())
for k in range(3000):
    b = bad_spec(k)
print(b)
print(loop(5000), state())
