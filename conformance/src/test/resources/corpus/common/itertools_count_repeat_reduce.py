# count reduces to where it is ((count, (5,)), the step too unless it is the int 1), so copy.copy and pickle
# work; repeat has __length_hint__ ("len() of unsized object" when endless) and in 3.x reduces too.
from __future__ import print_function
import itertools
import copy
import pickle
import operator


def attempt(f):
    try:
        print('ok', f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


c = itertools.count(3)
next(c)
attempt(lambda: c.__reduce__())
attempt(lambda: itertools.count(1.5, 2).__reduce__())
attempt(lambda: itertools.count(0, 1.0).__reduce__())
attempt(lambda: itertools.count(2 ** 70, -1).__reduce__())
attempt(lambda: copy.copy(c))
attempt(lambda: pickle.loads(pickle.dumps(itertools.count(7, 2))))
attempt(lambda: [next(copy.deepcopy(c)) for _ in range(2)])
r = itertools.repeat('a', 3)
next(r)
attempt(lambda: r.__length_hint__())
attempt(lambda: itertools.repeat('a').__length_hint__())
attempt(lambda: itertools.repeat('q', -3).__length_hint__())
attempt(lambda: list(itertools.repeat('q', -3)))
if hasattr(operator, 'length_hint'):
    attempt(lambda: operator.length_hint(itertools.repeat(1, 4)))
    attempt(lambda: operator.length_hint(itertools.repeat(1), 9))
if not hasattr(__builtins__, 'unicode') and not isinstance(__builtins__, dict):
    attempt(lambda: r.__reduce__())
    attempt(lambda: itertools.repeat([1]).__reduce__())
    attempt(lambda: copy.copy(r))
