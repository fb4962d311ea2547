# Three small argument errors in CPython's words: x *= seq tries the right operand's repetition only when
# the left's type has no sequence methods at all (a dict, set or class instance says "unsupported operand",
# None or a float "can't multiply sequence"); bisect.insort calls the sequence's own insert, which a tuple
# or str lacks; sys.exit takes one positional argument at most.
from __future__ import print_function
import bisect
import sys


class Box(object):
    pass


def imul(x, y):
    x *= y
    return x


def mul(x, y):
    return x * y


cases = [({}, 'ab'), (set(), [1]), (frozenset(), (1,)), (range(3) if sys.version_info[0] > 2 else xrange(3), 'ab'),
         (Box(), 'ab'), (Box(), (1, 2)), (None, 'ab'), (2.5, 'ab'), ('ab', 2.5), ([1], {}), ({}, 3), (3, 'ab'),
         (True, [0]), ([0], True)]
for left, right in cases:
    for op in (imul, mul):
        try:
            print(op.__name__, type(left).__name__, type(right).__name__, "->", op(left, right))
        except TypeError as e:
            print(op.__name__, type(left).__name__, type(right).__name__, "-> TypeError", e)

for label, call in [("insort tuple", lambda: bisect.insort((1, 3), 2)),
                    ("insort_left str", lambda: bisect.insort_left("ac", "b")),
                    ("insort_right tuple", lambda: bisect.insort_right((1, 3), 2))]:
    try:
        print(label, call())
    except AttributeError as e:
        print(label, "-> AttributeError", e)
items = [1, 3, 5]
bisect.insort(items, 4)
bisect.insort_left(items, 0)
print("list", items)

for label, call in [("exit(1, 2)", lambda: sys.exit(1, 2)), ("exit(1, 2, 3)", lambda: sys.exit(1, 2, 3)),
                    ("exit(code=3)", lambda: sys.exit(code=3))]:
    try:
        call()
    except TypeError as e:
        print(label, "-> TypeError", e)
    except SystemExit as e:
        print(label, "-> SystemExit", e.args)
sys.exit("done")
