# sys.setrecursionlimit() checks its one C int argument as each version's parser does: 2.7 and 3.6 with
# getargs "i" ("an integer is required", "integer argument expected, got float", "takes exactly 1
# argument"), 3.11 with Argument Clinic ("'str' object cannot be interpreted as an integer", "C int");
# a limit below 1 is "must be positive" in 2.7, "must be greater or equal than 1" in 3.x.
from __future__ import print_function
import sys

before = sys.getrecursionlimit()
for args in [(0,), (-1,), ("a",), (1.5,), (), (10 ** 30,), (None,), (1, 2), (2 ** 31,)]:
    try:
        sys.setrecursionlimit(*args)
        print("set", sys.getrecursionlimit())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit(limit=50)
except TypeError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(before + 7)
print(sys.getrecursionlimit() - before)
sys.setrecursionlimit(before)
print(sys.getrecursionlimit() == before)
