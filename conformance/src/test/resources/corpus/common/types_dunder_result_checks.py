from __future__ import print_function
import sys
def attempt(f):
    try:
        r = f()
        return '%s:%r' % (type(r).__name__, r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
class Len(object):
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
class Bool(object):
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
    __nonzero__ = __bool__
class Hash(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
class Cont(object):
    def __contains__(self, x):
        return x
class It(object):
    def __iter__(self):
        return 5
class Idx(object):
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Num(object):
    def __int__(self):
        return 'x'
    def __float__(self):
        return 5
    def __complex__(self):
        return 1
class Seq(object):
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
tests = [
    lambda: len(Len(3)), lambda: len(Len(-1)), lambda: len(Len(2**70)), lambda: len(Len('3')), lambda: len(Len(3.0)), lambda: len(Len(True)),
    lambda: bool(Len(0)), lambda: bool(Bool(1)), lambda: bool(Bool('yes')), lambda: bool(Bool(None)), lambda: not Bool(0),
    lambda: hash(Hash(5)), lambda: hash(Hash(-1)), lambda: hash(Hash(2**70)) == hash(2**70), lambda: hash(Hash(1.5)), lambda: hash(Hash(True)),
    lambda: 3 in Cont(), lambda: 0 in Cont(), lambda: [] in Cont(), lambda: 'x' not in Cont(),
    lambda: iter(It()), lambda: list(It()), lambda: [x for x in It()],
    lambda: [1, 2, 3, 4][Idx(1):Idx(3)], lambda: 'abcdef'[Idx(-2)], lambda: [0] * Idx(3), lambda: range(Idx(4)), lambda: [1, 2][Idx('a')],
    lambda: (1, 2, 3)[Idx(True)], lambda: bin(Idx(5)), lambda: '%x' % Idx(255), lambda: '%d' % Idx(7) if sys.version_info >= (3,) else 7,
    lambda: int(Num()), lambda: float(Num()), lambda: complex(Num()),
    lambda: list(Seq()), lambda: 4 in Seq(), lambda: 5 in Seq(), lambda: sorted(Seq(), reverse=True), lambda: list(enumerate(Seq())), lambda: max(Seq()),
    lambda: iter(Seq()).__class__.__name__, lambda: list(zip(Seq(), 'ab')),
]
for i, t in enumerate(tests):
    print(i, attempt(t))
