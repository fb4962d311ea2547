from __future__ import print_function

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '=', repr(r))

class BadLen(object):
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
class BadBool(object):
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
    __nonzero__ = __bool__
class BadIndex(object):
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class BadIter(object):
    def __iter__(self): return 5
class BadIter2(object):
    def __iter__(self): return [1, 2]
class BadStr(object):
    def __str__(self): return 5
    def __repr__(self): return None
class BadHash(object):
    def __hash__(self): return 'h'
class NoHash(object):
    __hash__ = None
class BadInt(object):
    def __int__(self): return 'x'
    def __float__(self): return 'y'
    def __complex__(self): return 1
class NotCM(object):
    pass
class HalfCM(object):
    def __enter__(self): return self
class GI(object):
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i * 10

attempt('len(BadLen(-1))', lambda: len(BadLen(-1)))
attempt("len(BadLen('3'))", lambda: len(BadLen('3')))
attempt('len(BadLen(2**70))', lambda: len(BadLen(2 ** 70)))
attempt('len(BadLen(3.0))', lambda: len(BadLen(3.0)))
attempt('bool(BadLen(-1))', lambda: bool(BadLen(-1)))
attempt('bool(BadBool(1))', lambda: bool(BadBool(1)))
attempt("bool(BadBool('x'))", lambda: bool(BadBool('x')))
attempt('not BadBool(None)', lambda: not BadBool(None))
attempt('[1,2][BadIndex(1)]', lambda: [1, 2][BadIndex(1)])
attempt("[1,2][BadIndex('a')]", lambda: [1, 2][BadIndex('a')])
attempt("'ab' * BadIndex(2)", lambda: 'ab' * BadIndex(2))
attempt("range(BadIndex(2.0))", lambda: range(BadIndex(2.0)))
attempt('iter(BadIter())', lambda: iter(BadIter()))
attempt('list(BadIter2())', lambda: list(BadIter2()))
attempt('for in BadIter2', lambda: [x for x in BadIter2()])
attempt('str(BadStr())', lambda: str(BadStr()))
attempt('repr(BadStr())', lambda: repr(BadStr()))
attempt('"%s" % BadStr()', lambda: '%s' % BadStr())
attempt('format(BadStr())', lambda: format(BadStr()))
attempt('"{}".format(BadStr())', lambda: '{}'.format(BadStr()))
attempt('hash(BadHash())', lambda: hash(BadHash()))
attempt('hash(NoHash())', lambda: hash(NoHash()))
attempt('{NoHash()}', lambda: {NoHash()})
attempt('{NoHash(): 1}', lambda: {NoHash(): 1})
attempt('int(BadInt())', lambda: int(BadInt()))
attempt('float(BadInt())', lambda: float(BadInt()))
attempt('complex(BadInt())', lambda: complex(BadInt()))
attempt('list(GI())', lambda: list(GI()))
attempt('20 in GI()', lambda: 20 in GI())
attempt('5 in GI()', lambda: 5 in GI())
attempt('a, b = GI()', lambda: (lambda: [None for a, b in [GI()]])())
attempt('a, b = [1]', lambda: [None for a, b in [[1]]])
attempt('a, b = [1, 2, 3]', lambda: [None for a, b in [[1, 2, 3]]])
attempt('a, b = 5', lambda: [None for a, b in [5]])
attempt('a, b = "abc"', lambda: [None for a, b in ["abc"]])
attempt('a, b = {}', lambda: [None for a, b in [{}]])
attempt('min(GI(), key=5)', lambda: min(GI(), key=5))
attempt('max(1, 2, key=len)', lambda: max(1, 2, key=len))
attempt('map(5, [1])', lambda: list(map(5, [1])))
attempt('filter(5, [1])', lambda: list(filter(5, [1])))
attempt('next(GI())', lambda: next(GI()))
attempt('next(5)', lambda: next(5))
attempt('iter(GI(), 1)', lambda: iter(GI(), 1))
attempt('callable iter sentinel', lambda: list(iter(lambda: 1 / 0, 5)))
attempt('zip(GI(), 5)', lambda: list(zip(GI(), 5)))
attempt('enumerate(GI(), "a")', lambda: list(enumerate(GI(), 'a')))
attempt('dict(GI())', lambda: dict(GI()))
attempt('dict.fromkeys(GI())', lambda: sorted(dict.fromkeys(GI())))
attempt('"".join(GI())', lambda: ''.join(GI()))
attempt('sum(GI(), None)', lambda: sum(GI(), None))
attempt('any(5)', lambda: any(5))
attempt('all([1, 0, 1/0])', lambda: all([1, 0, 1 / 1]))
