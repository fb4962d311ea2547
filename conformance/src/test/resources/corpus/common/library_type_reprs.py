# type() of library and builtin objects: 2.7 shows a type CPython makes in C as <type ...> (collections.defaultdict
# among them, though pyvm makes it as a class), a class as <class ...>; 3.x shows both as <class ...>
from __future__ import print_function
import collections, itertools, functools, operator
objs = [collections.defaultdict(int), collections.deque(), collections.OrderedDict(), collections.Counter(),
        itertools.chain(), itertools.count(), functools.partial(len), operator.itemgetter(1), operator.attrgetter('a'),
        iter([]), iter(()), iter({}), iter(set()), iter(''), reversed([]), enumerate([]), zip(), map(len, []), filter(None, []),
        collections.namedtuple('P', 'x y')(1, 2)]
for o in objs:
    print(type(o), type(o).__module__, type(o).__name__)
