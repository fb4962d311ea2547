# math.prod (3.8) takes its start value by keyword only; its argument errors come from Argument Clinic.
import math
import sys

if sys.version_info >= (3, 8):
    print(math.prod([2, 3, 4]), math.prod(range(1, 6), start=10), math.prod([], start="s"), math.prod([1.5, 2]))
    print(math.prod(["ab"], start=1), math.prod([], start=[1]))
    for args, kwargs in [((), {}), (([1], 2), {}), (([1],), {"begin": 2}), (([1], 2, 3), {}), ((), {"start": 2})]:
        try:
            math.prod(*args, **kwargs)
        except TypeError as e:
            print("TypeError", e)
else:
    print("no math.prod before 3.8")
