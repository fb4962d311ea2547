# a metaclass's special methods serve its classes: str(), format(), bool(), ==, <, sorted(), dir()
import sys


class Meta(type):
    def __str__(cls):
        return 'class ' + cls.__name__

    def __format__(cls, spec):
        return '<' + cls.__name__ + ':' + spec + '>'

    def __bool__(cls):
        return cls.__name__ != 'Falsy'
    __nonzero__ = __bool__

    def __eq__(cls, other):
        return isinstance(other, Meta) and cls.rank == other.rank

    def __hash__(cls):
        return hash(cls.rank)

    def __lt__(cls, other):
        return cls.rank < other.rank

    def __dir__(cls):
        return ['rank', 'custom']

    def __len__(cls):
        return cls.rank


Base = Meta('Base', (object,), {'rank': 0})


class A(Base):
    rank = 2


class B(Base):
    rank = 1


class C(Base):
    rank = 2


Falsy = Meta('Falsy', (Base,), {'rank': 5})
print(str(A), '%s' % B, format(A, 'x'), '{0:>3}'.format(B))
print(bool(A), bool(Falsy), 'yes' if Falsy else 'no', not A)
print(A == C, A == B, A != B, A is C, B < A)
print([c.__name__ for c in sorted([A, Falsy, B])], min([A, B]).__name__)
print(dir(A), len(A), len({A, B, C}))
print(repr(A).startswith("<class '"), str(int), format(int, '') == str(int))
