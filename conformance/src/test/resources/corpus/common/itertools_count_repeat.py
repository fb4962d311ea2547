# itertools.count and repeat: keyword arguments, reprs that show the current value or what is left, and
# each version's TypeErrors for a start or step that is no number and a times that is no integer.
from __future__ import print_function
import itertools
c = itertools.count(5); next(c); print(repr(c))
print(repr(itertools.count(1, 2)), repr(itertools.count(1.5)), repr(itertools.count(0, 1.0)), repr(itertools.count(start=3, step=-1)), repr(itertools.count()))
r = itertools.repeat('x', 3); next(r); print(repr(r), list(r), repr(r))
print(repr(itertools.repeat(1)), list(itertools.repeat(1, -2)), list(itertools.repeat(times=2, object=7)))
for bad in [lambda: itertools.count('a'), lambda: itertools.repeat(1, 'a'), lambda: itertools.repeat(1, 2.5), lambda: itertools.count(1, 'b')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
