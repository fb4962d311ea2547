# defaultdict's | (3.9+): a defaultdict of the defaultdict operand's class and factory on either side,
# NotImplemented against a non-dict, and |= keeping the object.
from collections import defaultdict, OrderedDict
a = defaultdict(list, x=[1])
b = {"y": [2], "x": [0]}
for r in (a | b, b | a, a | a):
    print(type(r).__name__, r.default_factory, dict(r))
r = a | b
r["new"].append(5)
print(r["new"], "new" in a)
class DD(defaultdict):
    pass
s = DD(int, k=1)
print(type(s | {}).__name__, type({} | s).__name__, (s | {"k": 2})["k"])
print(a.__or__([1]), a.__ror__(5))
try:
    a | [("z", 1)]
except TypeError as e:
    print(e)
a |= {"q": [9]}
print(type(a).__name__, sorted(a))
print(type(OrderedDict(a=1) | defaultdict(int, b=2)).__name__, type(defaultdict(int, b=2) | OrderedDict(a=1)).__name__)
