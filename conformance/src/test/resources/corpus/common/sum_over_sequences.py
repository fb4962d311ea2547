# sum() over lists and tuples, whose items it reads by index: ints past a machine word, floats after ints,
# bools, an object whose __add__ grows the very list being summed (seen to its new end, as the list's iterator
# sees it), a list subclass whose __iter__ decides what is summed, and a start value.
from __future__ import print_function


class Grows(object):
    def __init__(self, target):
        self.target = target

    def __radd__(self, other):
        if len(self.target) < 8:
            self.target.append(len(self.target))
        return other + 100


class Evens(list):
    def __iter__(self):
        return iter([v for v in list.__iter__(self) if v % 2 == 0])


big = 2 ** 62
print(sum([1, 2, 3]), sum((1, 2, 3)), sum([]), sum(()), sum([True, True, 2]))
print(sum([big, big, big]), sum((big, -big, 1)), sum([1, 2.5, 3]), sum((0.5, 1, True)))
print(sum([1, 2], 10), sum((1.5, 2), 0.5), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
items = [1, 2]
items.append(Grows(items))
print(sum(items), len(items), items[-1])
print(sum(Evens([1, 2, 3, 4])), sum(list(Evens([1, 2, 3, 4]))), sum(x for x in (4, 5)))
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
