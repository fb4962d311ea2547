# operator's itemgetter/attrgetter and functools.cmp_to_key are C in CPython 3 (pure Python in pyvm): a
# failing key reports no frames of operator.py or functools.py, as a C function leaves none (2.7: the same, C there too).
import sys
from operator import itemgetter, attrgetter, methodcaller
from functools import cmp_to_key
rows = [(1, 'a'), (2,)]
try:
    sorted(rows, key=itemgetter(1))
except IndexError:
    import traceback
    traceback.print_exc(file=sys.stdout)
class P(object):
    def __init__(self, x):
        self.x = x
    def __getitem__(self, k):
        raise KeyError(k)
try:
    sorted([P(1), P(2)], key=itemgetter('q'))
except KeyError:
    import traceback
    traceback.print_exc(file=sys.stdout)
try:
    attrgetter('y')(P(1))
except AttributeError:
    import traceback
    traceback.print_exc(file=sys.stdout)
def cmp(a, b):
    return a - b
print(sorted([3, 1, 2], key=cmp_to_key(cmp)))
print(sorted([3, 'x', 1], key=cmp_to_key(cmp)))
