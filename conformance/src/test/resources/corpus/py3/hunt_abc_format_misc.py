import sys
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f'{self.name} with area {self.area():.2f}'
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    @property
    def name(self):
        return 'rect'
class Half(Shape):
    def area(self):
        return 0
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)
try:
    Half()
except TypeError as e:
    print('TypeError:', e)
r = Rect(2, 3.5)
print(r.describe(), isinstance(r, Shape), issubclass(Rect, Shape))
print('a', 'b', sep='-', end='!\n')
print(*range(5), sep=', ')
print()
print('x' 'y', 'multi'
      'line')
s = 'Hello'
print(s.casefold(), 'ß'.casefold(), s.format_map({}), '{a}{b}'.format_map({'a': 1, 'b': 2}))
t = str.maketrans({'a': 'A', 'b': None, 'c': 'CC'})
print('abcabc'.translate(t), 'hello'.translate({ord('l'): 'L'}), str.maketrans('ab', 'xy'))
try:
    str.maketrans('abc', 'x')
except ValueError as e:
    print('ValueError:', e)
print(b'%d %s %r %x %c' % (5, b'bb', b'r', 255, 65), b'abc'.center(7, b'*'), b' x '.strip(), bytes.maketrans(b'a', b'b'))
print('%-8s|%8s|' % ('ab', 'cd'), '%(x)s %(x)r' % {'x': 'q'}, '%c' % 'z', '%.1f%%' % 12.34)
print(f"{'nested {}'.format(1)}", f'{{}}', f'{3:{"^"}{5}}', f'{"a" if True else "b"}', f'{[1, 2][0]}', f'{ {"k": 1}["k"] }')
import math
print(f'{math.pi:.3f} {math.e:10.4e} {1/3:.2%} {123456789:,} {0.5:g} {-2:+d}')
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1]) + 'F'
        return format(self.c, spec) + 'C'
print(f'{Temp(100):.1F} {Temp(37.5):.2f} {Temp(0)}', format(Temp(10), '>5'), '{:F}'.format(Temp(-40)))
