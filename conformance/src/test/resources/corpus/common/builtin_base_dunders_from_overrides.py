# Subclasses of builtins whose operators call the builtin's own method by name
# (int.__add__(self, o), super().__sub__, __hash__ = str.__hash__, list.__iter__):
# the builtin's work on the value, never the override again.
from __future__ import print_function


class Money(int):
    def __add__(self, o):
        return Money(int.__add__(self, o))

    def __sub__(self, o):
        return Money(super(Money, self).__sub__(o))

    def __neg__(self):
        return Money(int.__neg__(self))

    def __abs__(self):
        return Money(int.__abs__(self) * 10)

    def __radd__(self, o):
        return Money(int.__radd__(self, o))

    def __repr__(self):
        return "Money(%d)" % int(self)


class Metres(float):
    def __add__(self, o):
        return Metres(float.__add__(self, o))

    def __mul__(self, o):
        return Metres(float.__mul__(self, o) + 0.5)

    def __neg__(self):
        return Metres(float.__neg__(self))


class Key(str):
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower())

    __hash__ = str.__hash__


class Pair(tuple):
    def __hash__(self):
        return tuple.__hash__(self) ^ 1


class Evens(list):
    def __iter__(self):
        return (x for x in super(Evens, self).__iter__() if x % 2 == 0)


class Sorted(dict):
    def __iter__(self):
        return iter(sorted(dict.__iter__(self)))


class Rev(tuple):
    def __iter__(self):
        return reversed(list(tuple.__iter__(self)))


m = Money(2)
print(m + 3, m - 5, -m, abs(Money(-4)), 7 + m, type(m + 3).__name__)
print(int.__add__(m, 3), int.__sub__(m, 1), int.__neg__(m), int.__index__(m), type(int.__index__(m)).__name__)
print(Metres(1.5) + 2, Metres(2.0) * 3, -Metres(0.25), float.__add__(Metres(1.0), 1))
print({'a': 1}[Key('a')], Key('AB') == 'ab', hash(Key('x')) == hash('x'), Key('q') in {'q': 0})
print(hash(Pair((1, 2))) == hash((1, 2)) ^ 1, Pair((1,)) == (1,))
print(list(Evens([1, 2, 3, 4])), [x * 2 for x in Evens(range(7))], list(list.__iter__(Evens([1, 2]))))
print(list(Sorted(b=1, a=2, c=3)), [k for k in Sorted({3: 0, 1: 0})])
print(list(Rev((1, 2, 3))), list(tuple.__iter__(Rev((4, 5)))))
