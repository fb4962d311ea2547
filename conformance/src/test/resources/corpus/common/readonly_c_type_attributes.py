# Setting and deleting attributes of C types' instances: array.array refuses its getsets ("is not writable", also
# when deleted) and new names; a program's subclass takes new attributes; KeyWrapper's obj is a writable member.
# (Each type is used first: CPython 2.7's array and 3.6's KeyWrapper get their generic setattr only when the type
# is first readied, by an attribute lookup or a subclass; before, "has only read-only attributes".)
from __future__ import print_function
import array
import functools


class Numbers(array.array):
    pass


def attempt(label, action):
    try:
        action()
        print(label, 'allowed')
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


a = array.array('i', [1, 2])
a.append(3)
attempt('array set new', lambda: setattr(a, 'extra', 1))
attempt('array set typecode', lambda: setattr(a, 'typecode', 'd'))
attempt('array set itemsize', lambda: setattr(a, 'itemsize', 8))
attempt('array del typecode', lambda: delattr(a, 'typecode'))
attempt('array del new', lambda: delattr(a, 'extra'))
n = Numbers('i', [3])
attempt('subclass set new', lambda: setattr(n, 'extra', 1))
attempt('subclass set typecode', lambda: setattr(n, 'typecode', 'd'))
print('subclass', getattr(n, 'extra', None), n.typecode, n.itemsize, a.typecode, list(a))
key = functools.cmp_to_key(lambda x, y: (x > y) - (x < y))
k = key(5)
print('keywrapper obj', k.obj)
attempt('keywrapper set obj', lambda: setattr(k, 'obj', 6))
attempt('keywrapper set new', lambda: setattr(k, 'extra', 1))
print('keywrapper', getattr(k, 'obj', 'gone'), sorted([3, 1, 2], key=key))
