# Pickle protocols 0 and 1 (2.7's default) reduce an instance through copyreg's _reduce_ex, which finds the
# class's C base as the first class of its MRO whose __flags__ lacks Py_TPFLAGS_HEAPTYPE: a namedtuple's is
# tuple, so it pickles as tuple(self). inspect.isabstract reads Py_TPFLAGS_IS_ABSTRACT.
from __future__ import print_function
import pickle
import inspect
import abc
from collections import namedtuple, OrderedDict, Counter, deque, defaultdict

HEAP = 1 << 9
Point = namedtuple('Point', 'x y')


class Tagged(list):
    pass


class Plain(object):
    def __init__(self):
        self.a = 1


for proto in (0, 1, 2):
    for value in [Point(1, 2), OrderedDict(a=1), Counter('abb'), deque([1, 2], 3),
                  defaultdict(list, k=[1]), Tagged([3, 4])]:
        back = pickle.loads(pickle.dumps(value, proto))
        print(proto, type(back).__name__, repr(back), back == value)
    print(proto, vars(pickle.loads(pickle.dumps(Plain(), proto))))
print(pickle.loads(pickle.dumps(Point(5, 6)))._asdict())
for cls in [Point, Tagged, Plain, tuple, list, object, int, type, dict, deque, OrderedDict]:
    print(cls.__name__, bool(cls.__flags__ & HEAP))
print([bool(c.__flags__ & (1 << 25)) for c in (Tagged, list, tuple)],
      [bool(c.__flags__ & (1 << 26)) for c in (Point, tuple, list)],
      [bool(c.__flags__ & (1 << 29)) for c in (Counter, dict, list)])
Base = abc.ABCMeta('Base', (object,), {'run': abc.abstractmethod(lambda self: None)})
Impl = type('Impl', (Base,), {'run': lambda self: 1})
print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isabstract(Point))
