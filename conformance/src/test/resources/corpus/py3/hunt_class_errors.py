def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class A:
    pass
class B(A):
    def __init__(self, x):
        self.x = x
t(lambda: B())
t(lambda: B(1, 2))
t(lambda: A(1))
t(lambda: object(1))
t(lambda: type('C', (A, A), {}))
class Meta(type):
    pass
t(lambda: format(A(), 'x'))
t(lambda: '{:d}'.format(A()))
t(lambda: f'{A():>5}')
t(lambda: format(3, 'z'))
t(lambda: format(3.5, 'd'))
t(lambda: format('s', 'd'))
t(lambda: format(3, '.2'))
t(lambda: format([], ''))
t(lambda: format(None, '>4'))
t(lambda: A() < A())
t(lambda: A() + 1)
t(lambda: 1 - A())
t(lambda: A()[0])
t(lambda: A()['k'])
t(lambda: len(A()))
t(lambda: iter(A()))
t(lambda: A()())
t(lambda: B.x)
t(lambda: B(1).y)
t(lambda: A.__dict__['nope'])
t(lambda: super(B, B(1)).nothing)
t(lambda: A.__qualname__)
t(lambda: B.__mro__)
t(lambda: B.mro())
t(lambda: A.__bases__)
t(lambda: A().__class__.__name__)
t(lambda: A.__module__)
t(lambda: B(3).__dict__)
t(lambda: vars(A()))
t(lambda: vars(5))
t(lambda: [k for k in dir(B(1)) if not k.startswith('__')])
t(lambda: getattr(B(1), 'x', 9))
t(lambda: hasattr(B(1), 'x'))
t(lambda: callable(B))
t(lambda: isinstance(B(1), (int, A)))
t(lambda: issubclass(B, (A,)))
t(lambda: issubclass(bool, int))
t(lambda: type(B(1)) is B)
t(lambda: B.__init__.__name__)
t(lambda: id(A()) > 0)
class WithRepr:
    def __repr__(self):
        return 5
t(lambda: repr(WithRepr()))
t(lambda: str(WithRepr()))
class WithStr:
    def __str__(self):
        return None
t(lambda: str(WithStr()))
t(lambda: '%s' % WithStr())
class WithLen:
    def __len__(self):
        return 'x'
t(lambda: len(WithLen()))
class WithHash:
    def __hash__(self):
        return 'h'
t(lambda: hash(WithHash()))
class WithIter:
    def __iter__(self):
        return iter([1])
    def __next__(self):
        return 1
t(lambda: list(WithIter()))
class WithIndex:
    def __index__(self):
        return 'x'
t(lambda: [1, 2][WithIndex()])
class WithInt:
    def __int__(self):
        return 4.5
t(lambda: int(WithInt()))
class WithBool:
    def __bool__(self):
        return 'yes'
t(lambda: not WithBool())
t(lambda: bool(WithBool()))
