from __future__ import print_function
import sys
def m(self):
    return 'm of ' + type(self).__name__
Base = type('Base', (object,), {'x': 1, 'm': m, '__doc__': 'A base'})
Derived = type('Derived', (Base,), {'y': 2, '__slots__': ('z',)})
d = Derived()
d.z = 5
print(Base.__name__, Derived.__name__, Derived.__bases__ == (Base,), d.m(), d.x, d.y, d.z, Base.__doc__, Derived.__doc__)
print(Derived.__mro__ == (Derived, Base, object), type(d) is Derived, isinstance(d, Base), issubclass(Derived, object))
print(sorted(k for k in vars(Base) if not k.startswith('__')), sorted(k for k in Derived.__dict__ if not k.startswith('__w')))
try:
    d.w = 1
except AttributeError as e:
    print('AttributeError', e)
print(Base.__module__, type(Base).__name__, type(type).__name__, type(5) is int, type('') is str)
for args in [('X',), ('X', (), {}, 1), (1, (), {}), ('X', 1, {}), ('X', (), [])]:
    try:
        t = type(*args)
        print('ok', t)
    except TypeError as e:
        print('TypeError', e)
class P(object):
    cls_attr = 'c'
    def __init__(self):
        self.a = 1
        self.b = [2]
    def meth(self):
        pass
p = P()
print(sorted(vars(p).items()), sorted(p.__dict__), vars(p) is p.__dict__)
print([n for n in dir(p) if not n.startswith('__')], [n for n in dir(P) if not n.startswith('__')])
print('a' in dir(p), '__init__' in dir(p), '__class__' in dir(p), dir(p) == sorted(dir(p)))
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
class Sl(object):
    __slots__ = ['q']
try:
    vars(Sl())
except TypeError as e:
    print('TypeError', e)
print([n for n in dir(Sl()) if not n.startswith('__')])
class WithDir(object):
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(WithDir()))
Dyn = type('Dyn', (P,), dict(extra=lambda self: self.a + 10))
dd = Dyn()
print(dd.extra(), dd.cls_attr, Dyn.__name__, [c.__name__ for c in Dyn.__mro__])
dd.newattr = 'n'
print(sorted(vars(dd)), hasattr(dd, 'newattr'), getattr(dd, 'missing', 'default'))
delattr(dd, 'newattr')
print(hasattr(dd, 'newattr'))
setattr(Dyn, 'added', 42)
print(dd.added, Dyn.added, 'added' in Dyn.__dict__, 'added' in P.__dict__)
print(repr(P)[:16], str(int), repr(type(None)), repr(type(NotImplemented)), repr(type(Ellipsis)))
