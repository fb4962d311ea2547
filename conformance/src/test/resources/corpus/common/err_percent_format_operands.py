from __future__ import print_function
import sys
import array
import collections

# '%' with a format that takes no argument: whether the right operand is "not all converted"
# depends on whether CPython sees a mapping (a type with mp_subscript) or a lone value.

class Classic:
    pass

class WithGetitem(object):
    def __getitem__(self, key):
        return 'item-%s' % (key,)

class OnlyLen(object):
    def __len__(self):
        return 0

class Tup(tuple):
    pass

class Text(str):
    pass

class Lst(list):
    pass

class Dq(collections.deque):
    pass

class DqItem(collections.deque):
    def __getitem__(self, i):
        return 'dq'

operands = [
    ('bytes', b'cd'), ('bytearray', bytearray(b'x')), ('list', [1]), ('dict', {}),
    ('tuple1', (1,)), ('str', 'cd'), ('range', range(3)), ('deque', collections.deque([1])),
    ('array', array.array('b', [1])), ('classic', Classic()), ('getitem', WithGetitem()),
    ('onlylen', OnlyLen()), ('tuple-sub', Tup((1,))), ('str-sub', Text('x')), ('list-sub', Lst()),
    ('deque-sub', Dq()), ('deque-getitem', DqItem()), ('int', 5), ('memoryview', memoryview(b'ab')),
    ('set', set()), ('none', None),
]

for fmt_name, fmt in (('text', 'ab'), ('bytes', b'ab')):
    for name, value in operands:
        try:
            result = fmt % value
            print(fmt_name, name, 'ok', type(result).__name__)
        except TypeError as e:
            print(fmt_name, name, 'TypeError:', e)

# a mapping operand feeds %(key)s; anything else cannot
for value in (WithGetitem(), {'k': 'v'}, [1, 2], 'text'):
    try:
        print(repr('%(k)s!' % value))
    except Exception as e:
        print(type(e).__name__, e)

for fmt, value in (('%d', 'x'), ('%d %d', (1,)), ('%s %s', ('a', 'b', 'c')), ('%z', 1),
                   ('%(a', {}), ('%', ()), ('%c', 'ab'), ('%x', 1.5), ('%.*f', ('x', 1.0)),
                   ('%*d', (1.5, 2)), ('%(a)s %s', {'a': 1})):
    try:
        print(repr(fmt % value))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
