# deque subscripts and maxlen with arguments of the wrong type: reading an item goes through the
# sequence protocol's check, storing and deleting through the index conversion; a huge index is an
# IndexError; maxlen converts as PyLong_AsSsize_t does
from __future__ import print_function
from collections import deque

d = deque('abc')


def set_item(k):
    d[k] = 1


def del_item(k):
    del d[k]


ops = [('get str', lambda: d['a']), ('set str', lambda: set_item('a')), ('del str', lambda: del_item('a')),
       ('get float', lambda: d[1.5]), ('get slice', lambda: d[::2]), ('get huge', lambda: d[2 ** 70]),
       ('set huge', lambda: set_item(-2 ** 70)), ('del huge', lambda: del_item(2 ** 64)), ('get -1', lambda: d[-1]), ('get 3', lambda: d[3]),
       ('get True', lambda: d[True]), ('maxlen str', lambda: deque([], 'a')), ('maxlen None', lambda: deque('xy', None)),
       ('maxlen -1', lambda: deque([], -1)), ('rotate str', lambda: d.rotate('x'))]
for name, op in ops:
    try:
        print(name, repr(op()))
    except Exception as e:
        print(name, type(e).__name__, e)
d[0] = 'z'
del d[1]
print(d)
