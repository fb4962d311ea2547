class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point(x={self.x!r}, y={self.y!r})'
def describe(obj):
    match obj:
        case 0 | 1:
            return 'small int'
        case int(n) if n < 0:
            return f'negative {n}'
        case int() | float():
            return f'number {obj}'
        case str() as s if len(s) > 3:
            return f'long string {s!r}'
        case str():
            return 'short string'
        case [x, y]:
            return f'pair {x},{y}'
        case [x, *rest]:
            return f'list head {x} rest {rest}'
        case {'type': 'user', 'name': name, **extra}:
            return f'user {name} {extra}'
        case Point(x=0, y=0):
            return 'origin'
        case Point(px, py) if px == py:
            return f'diagonal {px}'
        case Point():
            return f'point {obj}'
        case None:
            return 'none'
        case _:
            return f'other {type(obj).__name__}'
for v in [0, 1, -5, 42, 2.5, 'hi', 'hello', [1, 2], [1, 2, 3], [], {'type': 'user', 'name': 'bo', 'age': 3}, {'type': 'x'},
          Point(0, 0), Point(2, 2), Point(1, 3), None, (4, 5), {1, 2}]:
    print(repr(v), '->', describe(v))
def area(shape):
    match shape:
        case ('circle', r):
            return round(3.14159 * r * r, 2)
        case ('rect', w, h):
            return w * h
        case ('square', s):
            return s * s
    return None
print([area(s) for s in [('circle', 1), ('rect', 2, 3), ('square', 4), ('tri', 1, 2, 3)]])
n = 10
if (m := n * 2) > 15:
    print('walrus', m)
print(f'{n=}', f'{n * 2 = }', f'{"x"!r:>5}', f'{3.14159=:.2f}')
def posonly(a, b, /, c, *, d):
    return a + b + c + d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
for call in [lambda: posonly(1, b=2, c=3, d=4), lambda: posonly(1, 2, 3, 4), lambda: posonly(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
d1 = {'a': 1, 'b': 2}
d2 = {'b': 3, 'c': 4}
print(d1 | d2, d2 | d1, {**d1, **d2} == d1 | d2)
d1 |= {'z': 0}
print(d1, 'abcdef'.removeprefix('ab'), 'abcdef'.removesuffix('ef'), list[int])
try:
    raise ExceptionGroup('many', [ValueError('v'), TypeError('t'), ValueError('w')])
except* ValueError as eg:
    print('values', [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print('types', [str(e) for e in eg.exceptions])
e = ValueError('base')
e.add_note('extra context')
print(e.__notes__, repr(e))
