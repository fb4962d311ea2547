class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), 3 in Countdown(5), 9 in Countdown(5))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 16 in Squares(), 7 in Squares(), [x for x in Squares() if x % 2])
it = iter(Squares())
print(next(it), next(it), list(it), next(it, 'done'))
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print('contains', x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __reversed__(self):
        return iter(self.items[::-1])
b = Bag(1, 2, 3, 4)
print(len(b), 2 in b, 5 not in b, bool(b), bool(Bag()), list(reversed(b)), b[1:3], b[-1])
b[0] = 10; del b[1]; print(b.items, sorted(b), max(b), list(enumerate(b)))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class LenOnly:
    def __len__(self):
        return 0
print(bool(Truthy(True)), not Truthy(False), bool(LenOnly()), 'yes' if LenOnly() else 'no')
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
for obj in (BadBool(), BadLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
class NotIter:
    pass
for f in (lambda: iter(NotIter()), lambda: list(5), lambda: len(NotIter()), lambda: NotIter()[0], lambda: 1 in NotIter(), lambda: next([1]), lambda: next(NotIter())):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
class BadIter:
    def __iter__(self):
        return 42
try:
    for x in BadIter():
        pass
except TypeError as e:
    print('TypeError:', e)
class Callable:
    def __call__(self, *a, **k):
        return 'called %r %r' % (a, sorted(k.items()))
c = Callable()
print(c(1, 2, z=3), callable(c), callable(NotIter()), callable(len))
try:
    NotIter()()
except TypeError as e:
    print('TypeError:', e)
class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx('a') as x, Ctx('b'):
    print('body', x.name)
with Ctx('s', True):
    raise KeyError('k')
try:
    with Ctx('n'):
        1 / 0
except ZeroDivisionError as e:
    print('caught', e)
class Attr:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError('no %s here' % name)
    def __setattr__(self, name, v):
        print('set', name, v)
        object.__setattr__(self, name, v)
a = Attr()
a.q = 5
print(a.xyz, a.q, getattr(a, 'nope', 'dflt'), hasattr(a, 'xa'), hasattr(a, 'b'))
try:
    a.missing
except AttributeError as e:
    print('AttributeError:', e)
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v + 1000
    def __float__(self):
        return 0.5
print([10, 20, 30][Num(1)], bin(Num(5)), hex(Num(255)), 'ab' * Num(2), int(Num(1)), float(Num(1)), list(range(Num(3))))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __repr__(self):
        return 'Cmp(%d)' % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]))
print(Cmp(1) > Cmp(2))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print('TypeError:', e)
