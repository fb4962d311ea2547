# _heapq's one-argument functions are METH_O ("heappop() takes exactly one argument (0 given)"; 3.10+
# "_heapq.heappop()"), its two-argument ones unpack a tuple ("heappush expected 2 arguments, got 1"), none
# takes keywords. 3.x permutations takes an int r alone ("Expected int as r"); product's repeat is an index.
from __future__ import print_function
import heapq
import itertools


def attempt(f):
    try:
        print('ok', f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


for name in ['heappush', 'heappop', 'heapreplace', 'heappushpop', 'heapify', '_heappop_max', '_heapify_max',
             '_heapreplace_max']:
    f = getattr(heapq, name, None)
    if f is None or not type(f).__name__.startswith('builtin'):
        continue
    print(name)
    attempt(lambda: f())
    attempt(lambda: f([], 1, 2, 3))
    attempt(lambda: f(heap=[]))
    attempt(lambda: f(1, 2))
    attempt(lambda: f((1,), 2))
h = []
for x in [5, 3, 8, 1]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heapreplace(h, 7), heapq.heappushpop(h, 0), h)
attempt(lambda: list(itertools.permutations('abc', 'b')))
attempt(lambda: list(itertools.permutations('abc', 2.0)))
attempt(lambda: list(itertools.permutations('abc', True)))
attempt(lambda: list(itertools.permutations('abc', None))[:2])
attempt(lambda: list(itertools.product('ab', repeat='b')))
attempt(lambda: list(itertools.product('ab', repeat=-1)))
attempt(lambda: list(itertools.product('ab', repeat=2)))
attempt(lambda: list(itertools.combinations('abc', 'b')))
attempt(lambda: itertools.tee('a', 'b'))
