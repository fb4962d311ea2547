# 3.9+ generic aliases: C[...] through the class's __class_getitem__ (list, dict, ... and C-module types)
import _collections
import _contextvars

for alias in (list[int], dict[str, list[int]], tuple[int, ...], set[bytes], frozenset[str], type[int],
              _collections.deque[int], _collections.defaultdict[str, int], _contextvars.ContextVar[str], tuple[()]):
    print(repr(alias))
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a('xyz'), dict[str, int](a=1), _collections.deque[int]([1, 2]))
print(list.__class_getitem__(str), _collections.deque.__class_getitem__(int), dict[int, str].__origin__)
print(type(list[int]).__name__, type(a) is type(dict[int, int]))
print({list[int]: 1}[list[int]])


class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class Sub(list):
    pass


print(Box[int], Sub[int])
for bad in (lambda: int[3], lambda: object[int], lambda: _contextvars.Context[int]):
    try:
        bad()
    except TypeError as e:
        print(e)
