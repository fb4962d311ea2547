from __future__ import print_function

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '=', type(r).__name__)

class InitReturns(object):
    def __init__(self):
        return 5
class InitReturnsNone(object):
    def __init__(self):
        return None
class NewOther(object):
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
class NewSuperArgs(object):
    def __new__(cls, *a):
        return super(NewSuperArgs, cls).__new__(cls, *a)
class InitNoArgs(object):
    pass
class Base(object):
    def method(self):
        return 'base'
class Child(Base):
    def method(self):
        return super(Child, self).method() + '+child'
    def bad(self):
        return super(Base, self).method()
    def wrong_type(self):
        return super(Child, 5).method()
class Meta(type):
    def __call__(cls, *a, **k):
        raise RuntimeError('no instances of %s' % cls.__name__)
WithMeta = Meta('WithMeta', (object,), {})

attempt('InitReturns()', InitReturns)
attempt('InitReturnsNone()', InitReturnsNone)
attempt('NewOther()', NewOther)
attempt('NewSuperArgs(1)', lambda: NewSuperArgs(1))
attempt('NewSuperArgs()', lambda: NewSuperArgs())
attempt('InitNoArgs(1)', lambda: InitNoArgs(1))
attempt('InitNoArgs(a=1)', lambda: InitNoArgs(a=1))
attempt('Child().method()', lambda: Child().method())
attempt('Child().bad()', lambda: Child().bad())
attempt('Child().wrong_type()', lambda: Child().wrong_type())
attempt('super(Child)', lambda: super(Child).method)
attempt('super(5, Child())', lambda: super(5, Child()))
attempt('WithMeta()', lambda: WithMeta())
attempt('object.__init__(5, 1)', lambda: object.__init__(5, 1))
attempt('Base.method(5)', lambda: Base.method(5))
attempt('Base.method()', lambda: Base.method())
attempt('type.__call__(5)', lambda: type.__call__(5))
attempt('int.__new__(int, "x")', lambda: int.__new__(int, 'x'))
attempt('object.__new__(Base, 1)', lambda: object.__new__(Base, 1))
attempt('object.__new__(InitReturns, 1)', lambda: object.__new__(InitReturns, 1))
attempt('list.__init__(5)', lambda: list.__init__(5))
attempt('dict.__init__({}, 1, 2)', lambda: dict.__init__({}, 1, 2))
attempt('setattr(object(), "x", 1)', lambda: setattr(object(), 'x', 1))
attempt('object().__dict__', lambda: object().__dict__)
attempt('vars(5)', lambda: vars(5))
attempt('vars(Base())', lambda: vars(Base()))
attempt('dir(5, 6)', lambda: dir(5, 6))
attempt('Base().__class__ = int', lambda: setattr(Base(), '__class__', int))
attempt('Base().__class__ = Child', lambda: setattr(Base(), '__class__', Child))

attempt('Base.__name__ = 5', lambda: setattr(Base, '__name__', 5))
attempt('del Base.__name__', lambda: delattr(Base, '__name__'))
attempt('Base.__dict__["x"] = 1', lambda: Base.__dict__.__setitem__('x', 1))
attempt('del Base.__qualname__', lambda: delattr(Base, '__qualname__'))
attempt('del Base.__bases__', lambda: delattr(Base, '__bases__'))
attempt('del Base.__doc__', lambda: delattr(Base, '__doc__'))
attempt('del Base.__module__', lambda: delattr(Base, '__module__'))
attempt('del int.__name__', lambda: delattr(int, '__name__'))
print(Base.__name__, Base.__module__)
