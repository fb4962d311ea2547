class Money:
    def __init__(self, cents, cur='USD'):
        self.cents = cents
        self.cur = cur
    def __repr__(self):
        return f'Money({self.cents}, {self.cur!r})'
    def __str__(self):
        return f'{self.cur} {self.cents // 100}.{self.cents % 100:02d}'
    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.cur != self.cur:
            raise ValueError(f'currency mismatch: {self.cur} vs {other.cur}')
        return None
    def __add__(self, other):
        if other == 0:
            return self
        r = self._check(other)
        if r is NotImplemented:
            return r
        return Money(self.cents + other.cents, self.cur)
    __radd__ = __add__
    def __iadd__(self, other):
        print('iadd called')
        self.cents += other.cents
        return self
    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k, self.cur)
        return NotImplemented
    def __rmul__(self, k):
        return self.__mul__(k)
    def __truediv__(self, k):
        return Money(round(self.cents / k), self.cur)
    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.cur) == (other.cents, other.cur)
        return NotImplemented
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash((self.cents, self.cur))
    def __neg__(self):
        return Money(-self.cents, self.cur)
    def __bool__(self):
        return self.cents != 0
a = Money(1050)
b = Money(299)
print(a + b, a * 3, 2 * b, a / 3, -a, sum([a, b, Money(1)]), a == Money(1050), a != b, a == 5)
c = a
c += b
print(c, a is c, sorted([a, b, Money(5)]), max(a, b), bool(Money(0)))
for expr in [lambda: a + 5, lambda: a * 'x', lambda: a + Money(1, 'EUR'), lambda: 'x' * a, lambda: a < 3, lambda: a @ b, lambda: a ** 2, lambda: ~a]:
    try:
        print(expr())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f'Seq({self.data})'
    def __iter__(self):
        print('iter')
        return iter(self.data)
s = Seq('abcdef')
print(s[1:4], s[::-2], s[-1], len(s), 'c' in s, list(reversed(s)), s[1:4][0])
class Reflect:
    def __eq__(self, other):
        print('Reflect.__eq__')
        return True
    def __radd__(self, other):
        return f'radd({other!r})'
    def __rsub__(self, other):
        return NotImplemented
print(1 == Reflect(), Reflect() == 1, [1, 2] + Reflect() if False else 5 + Reflect(), 'a' + Reflect())
try:
    3 - Reflect()
except TypeError as e:
    print('TypeError:', e)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __repr__(self):
        return f'Num({self.v})'
n = Num(1)
n += 5
print(n, n + Num(2))
try:
    n -= 1
except TypeError as e:
    print('TypeError:', e)
x = [1, 2]
y = x
x += [3]
print(x is y, y)
t = (1, 2)
u = t
t += (3,)
print(t is u, u, t)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __eq__(self, o):
        return self.v == o.v
print(Cmp(1) < Cmp(2), Cmp(2) < Cmp(1), Cmp(1) == Cmp(1), Cmp(1) != Cmp(1))
print(divmod(7, 2), pow(2, 5), abs(-3), round(2.567, 1), (5).__add__(3), (5).__radd__(3), (5).__sub__('x'))
