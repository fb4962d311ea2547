# What special methods return, checked: __len__ sizes, __bool__/__nonzero__, __repr__/__str__, __index__, __iter__ = None


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


class Len(object):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


attempt('len 3', lambda: len(Len(3)))
attempt('len -1', lambda: len(Len(-1)))
attempt('len huge', lambda: len(Len(2 ** 70)))
attempt('len -huge', lambda: len(Len(-2 ** 70)))
attempt('len str', lambda: len(Len('a')))
attempt('len True', lambda: len(Len(True)))
attempt('bool len 0', lambda: bool(Len(0)))
attempt('bool len -2', lambda: bool(Len(-2)))
attempt('bool len huge', lambda: bool(Len(2 ** 70)))


class Truth(object):
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v
    __nonzero__ = __bool__


attempt('bool True', lambda: bool(Truth(True)))
attempt('bool 1', lambda: bool(Truth(1)))
attempt('bool None', lambda: bool(Truth(None)))


class Unhashable(object):
    __hash__ = None


attempt('hash', lambda: hash(Unhashable()))


class Reprs(object):
    def __repr__(self):
        return 42

    def __str__(self):
        return None


attempt('repr', lambda: repr(Reprs()))
attempt('str', lambda: str(Reprs()))


class Idx(object):
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


attempt('index', lambda: [10, 20, 30][Idx(2)])
attempt('slice', lambda: 'abcdef'[Idx(1):Idx(4)])
attempt('bin', lambda: bin(Idx(5)))
attempt('range', lambda: list(range(Idx(3))))
attempt('bad index', lambda: [1, 2][Idx('x')])
