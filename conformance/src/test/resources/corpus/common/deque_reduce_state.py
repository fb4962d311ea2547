# deque.__reduce__: 2.7 gives (type, (items[, maxlen])[, a subclass's __dict__]); 3.x gives the type made
# empty ((), or ((), maxlen)), a subclass's __dict__ or None, and an iterator whose items pickle and copy
# append. copy, deepcopy and pickle rebuild deques and subclasses with their attributes.
from __future__ import print_function
import copy
import pickle
from collections import deque


class Tagged(deque):
    pass


def attempt(f):
    try:
        print('ok', f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


s = Tagged('xy', 3)
s.tag = 1
attempt(lambda: deque('abc').__reduce__()[:3])
attempt(lambda: deque('abc', 2).__reduce__()[:3])
attempt(lambda: list(deque('abc').__reduce__()[1:][-1]))
attempt(lambda: s.__reduce__()[:3])
attempt(lambda: Tagged().__reduce__()[:3])
attempt(lambda: copy.copy(deque('abc', 5)))
attempt(lambda: copy.deepcopy(deque([[1], [2]])))
attempt(lambda: (copy.copy(s), copy.copy(s).tag, copy.deepcopy(s).tag))
for proto in range(3):
    attempt(lambda: pickle.loads(pickle.dumps(deque([1, 2], 4), proto)))
    attempt(lambda: pickle.loads(pickle.dumps(s, proto)).tag)
attempt(lambda: deque('ab').__copy__())
