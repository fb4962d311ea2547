from __future__ import print_function
import sys

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '=', repr(r))

class P(object):
    __slots__ = ('x',)
class Q(object):
    @property
    def ro(self): return 1
    def m(self, a, b=2, *args, **kw): return (a, b, args, sorted(kw))
    @staticmethod
    def s(a): return a
    @classmethod
    def c(cls, a): return a
class R(Q):
    def __init__(self, a, b): self.a = a
class S(object):
    def __getattr__(self, name):
        if name.startswith('x'):
            return name
        raise AttributeError(name)
class T(object):
    def __getattribute__(self, name):
        raise KeyError(name)

attempt('P().y = 1', lambda: setattr(P(), 'y', 1))
attempt('P().x', lambda: P().x)
attempt('del P().x', lambda: delattr(P(), 'x'))
attempt('Q().ro = 2', lambda: setattr(Q(), 'ro', 2))
attempt('del Q().ro', lambda: delattr(Q(), 'ro'))
attempt('Q().m()', lambda: Q().m())
attempt('Q.m()', lambda: Q.m())
attempt('Q.m(1)', lambda: Q.m(1))
attempt('Q().m(1, b=2, a=3)', lambda: Q().m(1, a=3))
attempt('Q().s()', lambda: Q().s())
attempt('Q.s(1, 2)', lambda: Q.s(1, 2))
attempt('Q.c()', lambda: Q.c())
attempt('Q.c(1, x=2)', lambda: Q.c(1, x=2))
attempt('R()', lambda: R())
attempt('R(1, 2, 3)', lambda: R(1, 2, 3))
attempt('R(1, c=2)', lambda: R(1, c=2))
attempt('R(1, 2, a=1)', lambda: R(1, 2, a=1))
attempt('Q(1)', lambda: Q(1))
attempt('Q(x=1)', lambda: Q(x=1))
attempt('object(1)', lambda: object(1))
attempt('S().xyz', lambda: S().xyz)
attempt('S().abc', lambda: S().abc)
attempt('getattr(S(), "abc", 5)', lambda: getattr(S(), 'abc', 5))
attempt('hasattr(S(), "abc")', lambda: hasattr(S(), 'abc'))
attempt('T().x', lambda: T().x)
attempt('getattr(T(), "x", 1)', lambda: getattr(T(), 'x', 1))
attempt('hasattr(T(), "x")', lambda: hasattr(T(), 'x'))
attempt('None.foo', lambda: None.foo)
nothing_here = None
attempt('None()', lambda: nothing_here())
number = 1
attempt('(1)()', lambda: number())
text = 's'
attempt("'s'()", lambda: text())
empty = []
attempt('[]()', lambda: empty(1))
attempt('sys.nope', lambda: sys.nope)
attempt('int.nope', lambda: int.nope)
attempt('(5).nope', lambda: (5).nope)
attempt('(5).real = 1', lambda: setattr(5, 'real', 1))
attempt('int.x = 1', lambda: setattr(int, 'x', 1))
attempt('del int.real', lambda: delattr(int, 'real'))
attempt('list.append(1, 2)', lambda: list.append(1, 2))
attempt('list.append([])', lambda: list.append([]))
attempt('str.upper(1)', lambda: str.upper(1))
attempt('dict.keys([])', lambda: dict.keys([]))
attempt('Q.m.x', lambda: Q().m.x)
attempt('(lambda: 0)(1)', lambda: (lambda: 0)(1))
attempt('(lambda a, b: 0)(1)', lambda: (lambda a, b: 0)(1))
attempt('(lambda *a: 0)(x=1)', lambda: (lambda *a: 0)(x=1))
attempt('(lambda **k: 0)(1)', lambda: (lambda **k: 0)(1))
attempt('f(**{1: 2})', lambda: (lambda **k: 0)(**{1: 2}))
attempt('f(*5)', lambda: (lambda *a: 0)(*5))
attempt('f(**5)', lambda: (lambda **a: 0)(**5))
attempt('f(**[])', lambda: (lambda **a: 0)(**[]))
attempt('f(a=1, **{"a": 2})', lambda: (lambda **a: 0)(a=1, **{'a': 2}))
attempt('len(x=1)', lambda: len(x=1))
attempt('len()', lambda: len())
attempt('len([], [])', lambda: len([], []))
attempt('isinstance(1)', lambda: isinstance(1))
attempt('getattr(1)', lambda: getattr(1))
attempt('sorted([], key=1, reverse=2, x=3)', lambda: sorted([], x=3))
attempt('sorted([1, 2], key=1)', lambda: sorted([1, 2], key=1))
attempt('sorted(cmp=None)', lambda: sorted([1], cmp=None))
attempt('int(x=1)', lambda: int(x=1))
attempt('int("1", base=2, x=1)', lambda: int('1', base=2, x=1))
attempt('str(b"a", "nope")', lambda: str(b'a', 'nope'))
attempt('dict(1, 2)', lambda: dict(1, 2))
attempt('type("A")', lambda: type('A'))
attempt('type("A", 1, {})', lambda: type('A', 1, {}))
attempt('type(1, 2, 3, 4)', lambda: type(1, 2, 3, 4))
attempt('super()', lambda: super())
attempt('super(int, "x")', lambda: super(int, 'x'))
attempt('class X(1)', lambda: type('X', (1,), {}))
attempt('class X(int, str)', lambda: type('X', (int, str), {}))
attempt('class X(bool)', lambda: type('X', (bool,), {}))
attempt('class X(Q, Q)', lambda: type('X', (Q, Q), {}))

def kwonly(**opts): return sorted(opts)
def nothing(): return 0
def star(*a): return a
def one_kw(a, **k): return a
def dflt_kw(a=1, **k): return a
attempt('kwonly(1)', lambda: kwonly(1))
attempt('kwonly(1, x=2)', lambda: kwonly(1, x=2))
attempt('kwonly(1, 2)', lambda: kwonly(1, 2))
attempt('nothing(1)', lambda: nothing(1))
attempt('nothing(x=1)', lambda: nothing(x=1))
attempt('nothing(1, x=1)', lambda: nothing(1, x=1))
attempt('star(x=1)', lambda: star(x=1))
attempt('one_kw()', lambda: one_kw())
attempt('one_kw(1, 2)', lambda: one_kw(1, 2))
attempt('one_kw(1, 2, z=3)', lambda: one_kw(1, 2, z=3))
attempt('one_kw(1, a=2)', lambda: one_kw(1, a=2))
attempt('dflt_kw(1, 2)', lambda: dflt_kw(1, 2))
attempt('dflt_kw(1, 2, q=1)', lambda: dflt_kw(1, 2, q=1))
attempt('(lambda **k: 0)(1)', lambda: (lambda **k: 0)(1))
