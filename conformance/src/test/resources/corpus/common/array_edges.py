# array.array edge cases: slot wrappers called directly, descriptors on other types, huge indexes, live
# iterators, __copy__/__deepcopy__, subclasses with their own attributes, in-place operators keeping identity
from __future__ import print_function
from array import array

def attempt(label, f):
    try:
        print(label, 'ok', repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e))

a = array('i', [1, 2])
attempt('getitem()', lambda: a.__getitem__())
attempt('setitem(0)', lambda: a.__setitem__(0))
attempt('eq()', lambda: a.__eq__())
attempt('len(int)', lambda: array.__len__(5))
attempt('append(list)', lambda: array.append([], 1))
attempt('huge index', lambda: a[2 ** 70])
attempt('huge neg index', lambda: a[-2 ** 70])
attempt('huge repeat', lambda: a * (2 ** 40))
attempt('huge insert', lambda: a.insert(2 ** 70, 1))
attempt('deepcopy()', lambda: a.__deepcopy__())
attempt('eq list', lambda: (a == [1, 2], a != [1, 2], a == a, a != a))
attempt('eq other code', lambda: (array('i', [1]) == array('d', [1.5]), array('f', [0.5]) == array('d', [0.5])))
attempt('str', lambda: (str(array('b', [-1])), str(array('d'))))
b = a
b += array('i', [3])
b *= 2
print(b is a, a, len(a))
c = a.__copy__()
d = a.__deepcopy__({})
c[0] = 100
print(a[0], c[0], d == a, type(c).__name__)
class Named(array):
    label = 'named'
n = Named('h', [5, 6])
n.note = 'x'
print(n.label, n.note, n[1], len(n), n.typecode, n.itemsize, isinstance(n, array), type(n[:]).__name__)
print(n.tolist(), n + array('h', [7]))
it = iter(array('b', [1, 2, 3]))
print(next(it), list(it), list(it))
m = array('i', [1, 2, 3])
it = iter(m)
next(it)
m[1] = 20
print(list(it))
print(array('b', range(-3, 3)).index(0), array('B', [255]).tolist(), array('h', [-32768, 32767]))
print(array('H', [65535]), array('i', [-2 ** 31, 2 ** 31 - 1]), array('l', [-2 ** 63, 2 ** 63 - 1]))
print(array('f', [1.1]).tolist(), array('d', [1.1]).tolist(), array('f', [2 ** 100]))
print(max(array('d', [1.0, -1.0, 3.25])), min(array('b', [4, -4])), list(reversed(array('h', [1, 2]))))
print(array('i', [3, 1, 2]) > array('i', [3, 1]), array('i', []) < array('i', [0]), array('i', [1]) <= array('i', [1]))
