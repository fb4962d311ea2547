import functools
class Vector:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Vector(%r, %r)' % (self.x, self.y)
    def __str__(self):
        return '(%s, %s)' % (self.x, self.y)
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __format__(self, spec):
        if spec == 'p':
            return '<%s|%s>' % (self.x, self.y)
        return str(self)
v = Vector(3, 4); w = Vector(1, 2)
print(v + w, v - w, v * 2, 3 * w, -v, abs(v), v == Vector(3, 4), v != w, bool(Vector(0, 0)), repr(v))
print('{:p} {} {!r}'.format(v, w, v), f'{v:p}', len({v, Vector(3, 4), w}))
try:
    v.z = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    v * v
except TypeError as e:
    print('TypeError:', e)
print(hasattr(v, '__dict__'), Vector.__slots__)
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
vs = [Version('1.10'), Version('1.2'), Version('1.2.1'), Version('0.9')]
print(sorted(vs), max(vs), Version('1.0') >= Version('1.0'), Version('2.0') > Version('1.9'), Version('1.0') <= Version('0.1'))
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero: %r' % v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15
t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.from_f(212).celsius, Temperature.valid(-300))
t.celsius = 30; print(t.fahrenheit)
try:
    t.celsius = -500
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print('AttributeError:', e)
class Base:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return 'Base ' + self.name
    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.name)
class Mid(Base):
    def greet(self):
        return 'Mid>' + super().greet()
class Leaf(Mid):
    def __init__(self, name, n):
        super().__init__(name)
        self.n = n
    def greet(self):
        return 'Leaf>' + super(Leaf, self).greet()
lf = Leaf('q', 2)
print(lf.greet(), lf, [c.__name__ for c in Leaf.__mro__], isinstance(lf, Base), issubclass(Leaf, Mid), issubclass(Base, Leaf))
print(type(lf).__name__, lf.__class__.__bases__, vars(lf), Leaf.greet is Mid.greet)
try:
    Leaf('x')
except TypeError as e:
    print('TypeError:', e)
try:
    lf.nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    Base.greet()
except TypeError as e:
    print('TypeError:', e)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
for _ in range(3):
    Counter()
print(Counter.count, Counter().id, Counter.count)
class NoEq:
    pass
a, b = NoEq(), NoEq()
print(a == a, a == b, a != b, hash(a) == hash(a))
class OnlyEq:
    def __eq__(self, o):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print('TypeError:', e)
print(OnlyEq.__hash__)
