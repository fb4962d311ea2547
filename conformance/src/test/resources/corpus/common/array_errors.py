# array.array errors: bad typecodes, range checks per typecode, wrong types, index and value errors
from __future__ import print_function
import sys
from array import array

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('bad code', lambda: array('z'))
attempt('no args', lambda: array())
attempt('code type', lambda: array(1))
attempt('code len', lambda: array('ii'))
attempt('too many', lambda: array('i', [], 3))
attempt('kw', lambda: array('i', initializer=[1]))
for c in 'bBhHiIlL':
    for v in (-1, 128, 255, 256, 2 ** 15, 2 ** 16, 2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64, -2 ** 63 - 1, -129, -2 ** 31 - 1):
        attempt(c + ' ' + str(v), lambda: array(c, [v]).tolist())
    attempt(c + ' float', lambda: array(c, [1.5]))
    attempt(c + ' none', lambda: array(c, [None]))
    attempt(c + ' bool', lambda: array(c, [True]))
attempt('d str', lambda: array('d', ['x']))
attempt('f none', lambda: array('f', [None]))
attempt('d int', lambda: array('d', [3]).tolist())
attempt('u int', lambda: array('u', [3]))
attempt('u long', lambda: array('u', [u'ab']))
a = array('i', [1, 2, 3])
attempt('index', lambda: a[3])
attempt('neg index', lambda: a[-4])
attempt('str index', lambda: a['x'])
def setit(i, v):
    a[i] = v
attempt('set index', lambda: setit(5, 1))
attempt('set type', lambda: setit(0, 'x'))
attempt('set slice list', lambda: setit(slice(0, 1), [1]))
attempt('set slice code', lambda: setit(slice(0, 1), array('d', [1.0])))
attempt('set ext slice', lambda: setit(slice(0, 3, 2), array('i', [1])))
def delit(i):
    del a[i]
attempt('del index', lambda: delit(7))
attempt('remove', lambda: a.remove(42))
attempt('index missing', lambda: a.index(42))
attempt('pop empty', lambda: array('i').pop())
attempt('pop range', lambda: a.pop(10))
attempt('add list', lambda: a + [1])
attempt('add code', lambda: a + array('d'))
attempt('mul str', lambda: a * 'x')
attempt('extend code', lambda: a.extend(array('b', [1])))
attempt('extend int', lambda: a.extend(5))
attempt('hash', lambda: hash(a))
attempt('fromlist tuple', lambda: a.fromlist((1, 2)))
attempt('fromlist bad', lambda: a.fromlist([1, 'x']))
print(a)
attempt('iadd list', lambda: a.__iadd__([1]))
attempt('append none', lambda: a.append(None))
attempt('append 2', lambda: a.append(1, 2))
attempt('insert', lambda: a.insert(1))
attempt('tounicode', lambda: a.tounicode())
attempt('fromunicode', lambda: a.fromunicode(u'x'))
try:
    print('lt list', a < [1])
except TypeError:
    print('lt list', 'TypeError')
print('attr', hasattr(a, 'nope'), hasattr(a, 'typecode'))
attempt('setattr', lambda: setattr(a, 'typecode', 'd'))
print(a)
