# Which special methods the builtin classes have (hasattr, and calling them by name): a list has no __and__,
# a set no __add__, a float no __lshift__; x.__iter__() is iter(x), but 2.7's str iterates by __getitem__
# and has none; range has __len__/__getitem__ (and __contains__ from 3.0); object.__init_subclass__ is 3.6's.
from __future__ import print_function
import sys

names = ["__iter__", "__len__", "__contains__", "__getitem__", "__add__", "__mul__", "__mod__", "__and__", "__or__",
         "__xor__", "__sub__", "__lshift__", "__truediv__", "__floordiv__", "__pow__", "__init_subclass__"]
samples = [[1], (1,), "s", b"b", {1: 2}, {1}, frozenset([1]), 7, 2.5, range(3), object()]
for v in samples:
    print(type(v).__name__.ljust(10), " ".join(n.strip("_") for n in names if hasattr(v, n)))

it = [10, 20].__iter__()
print(next(it), next(it), list({"a": 1}.__iter__()), sorted({3, 1}.__iter__()), list((4, 5).__iter__()))
print(range(10).__len__(), range(2, 20, 3).__getitem__(2), list(range(3).__iter__()), range(5)[-1])
if sys.version_info[0] > 2:
    print(range(10).__contains__(3), range(10).__contains__(30), list("ab".__iter__()), list(b"ab".__iter__()))
print({1, 2}.__and__({2, 3}), {1}.__or__({2}), (7).__lshift__(2), (2.5).__mul__(2), [1].__add__([2]), "%s!".__mod__("x"))
for expr in ("[1].__and__([1])", "{1}.__add__({2})", "(2.5).__lshift__(1)", "'s'.__sub__('t')"):
    try:
        eval(expr)
    except AttributeError as e:
        print("AttributeError:", e)
