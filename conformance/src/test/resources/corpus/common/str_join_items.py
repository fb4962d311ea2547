# str.join and bytes.join: one item of exactly the type the join makes comes back as that very object (a
# subclass's instance does not); several are put together, with 2.7's str and unicode mixing as 2.7 mixes them,
# and an item of another type refused by its position.
from __future__ import print_function
x = 'abc' * 3
print(''.join([x]) is x, '-'.join([x]) is x, ''.join((x,)) is x, ''.join([]) == '', repr('|'.join(['a', 'b'])))


class S(str):
    pass


s = S('zz')
print(type(''.join([s])).__name__, ''.join([s]) is s, repr(''.join([s, s])))
for bad in (['a', 1], [bytearray(b'a')], [None, 'b']):
    try:
        ''.join(bad)
    except TypeError as e:
        print('TypeError:', e)
u = u'abc' * 2
print('-'.join([u]) is u, u'-'.join([u]) is u, repr(u'-'.join(['abc'])), b'-'.join([b'xy' * 2]) == b'xyxy')
print(repr(u'-'.join(['a', 'b'])), repr('-'.join([u'a', 'b'])), repr('-'.join(['a', u'b'])))
bb = b'xy' * 3
print(b'-'.join([bb]) is bb, repr(b', '.join([b'k', b'l', b'm'])), len(b''.join([b'ab'] * 1000)))
words = ['ka', 'lo', 'mi'] * 4
print(repr(' '.join(words)), repr(''.join(w for w in words if w != 'lo')))
