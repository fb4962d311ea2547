# heapq's functions given no list: 2.7 and 3.6 say 'heap argument must be a list', 3.10+ (Argument Clinic) names the
# function, the argument and the type (None as None)
from __future__ import print_function
import heapq
for f in (lambda: heapq.heapify((1,)), lambda: heapq.heappush((), 1), lambda: heapq.heappop(()), lambda: heapq.heapreplace((),1), lambda: heapq.heappushpop((), 1), lambda: heapq.heappop([]), lambda: heapq.heapify({}), lambda: heapq.heappush(None, 1)):
    try: f()
    except (TypeError, IndexError) as e: print(type(e).__name__, e)
h = []
for x in (5, 1, 4): heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
