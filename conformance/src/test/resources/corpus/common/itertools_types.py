# itertools.count, repeat, chain... are classes of module itertools (isinstance works, type(x) is them,
# messages quote itertools.count), not functions.
from __future__ import print_function
import itertools
names = ["count", "repeat", "cycle", "islice", "starmap", "takewhile", "dropwhile", "compress", "chain"]
for n in names:
    t = getattr(itertools, n)
    print(n, repr(t), type(t).__name__)
print(isinstance(itertools.count(), itertools.count), type(itertools.chain([1])) is itertools.chain)
print(list(itertools.chain.from_iterable([[1], [2]])), list(itertools.islice(itertools.count(), 3)))
try:
    itertools.count()[0]
except TypeError as e:
    print(e)
