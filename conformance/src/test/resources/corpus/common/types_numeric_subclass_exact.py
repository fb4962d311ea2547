from __future__ import print_function
import math
class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyC(complex):
    pass
i = MyInt(7)
f = MyFloat(2.5)
c = MyC(1, 2)
names = ['real', 'imag', 'numerator', 'denominator']
print([type(getattr(i, n)).__name__ for n in names])
print([type(getattr(f, n)).__name__ for n in ['real', 'imag']], [type(getattr(c, n)).__name__ for n in ['real', 'imag']])
for m in ['conjugate', '__int__', '__index__', '__trunc__', '__pos__', '__abs__', '__neg__', '__invert__', '__float__', '__round__', '__floor__', '__ceil__', '__long__']:
    if hasattr(i, m):
        print(m, type(getattr(i, m)()).__name__, end=' ')
print()
for m in ['conjugate', '__int__', '__trunc__', '__pos__', '__abs__', '__neg__', '__float__', '__round__', '__floor__', '__ceil__', '__long__']:
    if hasattr(f, m):
        print(m, type(getattr(f, m)()).__name__, end=' ')
print()
for m in ['conjugate', '__pos__', '__neg__']:
    print(m, type(getattr(c, m)()).__name__, end=' ')
print()
print(type(round(i)).__name__, type(round(i, 1)).__name__, type(round(i, -1)).__name__, type(round(f)).__name__, type(round(f, 1)).__name__)
print(type(math.floor(i)).__name__, type(math.trunc(i)).__name__, type(math.floor(f)).__name__, type(int(i)).__name__, type(float(f)).__name__, type(complex(c)).__name__)
print(type(divmod(i, 2)[0]).__name__, type(i % 5).__name__, type(i & 3).__name__, type(i >> 0).__name__, type(i << 0).__name__, type(i ** 1).__name__, type(i * True).__name__, type(pow(i, 1, 100)).__name__)
print(type(f % 1).__name__, type(divmod(f, 1)[0]).__name__, type(f ** 1).__name__, type(f // 1).__name__, type(-c).__name__, type(c * 1).__name__, type(abs(c)).__name__)
print(type(True.real).__name__, type(True.numerator).__name__, type(True.conjugate()).__name__, type(+True).__name__, type(round(True)).__name__, type(True.__index__()).__name__)
class RI(int):
    def __round__(self, n=None):
        return 'RI.round(%r)' % (n,)
class RF(float):
    def __round__(self, n=None):
        return 'RF.round(%r)' % (n,)
import sys
if sys.version_info >= (3,):
    print(round(RI(5)), round(RI(5), 2), round(RF(1.5)), round(RF(1.5), None), round(MyInt(15), -1), type(round(MyInt(15), -1)).__name__)
else:
    print(round(RI(5)), round(RF(1.5), 1), round(MyInt(15), -1))
class T(tuple):
    def __getitem__(self, k):
        return 'item%d' % k
class L(tuple):
    def __len__(self):
        return 1
class S(str):
    def __getitem__(self, k):
        return str.__getitem__(self, k).upper()
class LL(list):
    def __iter__(self):
        return iter(['no'])
    def __getitem__(self, k):
        return 'no'
    def __len__(self):
        return 0
print(list(reversed(T((1, 2, 3)))), list(reversed(L((7, 8, 9)))), list(reversed(S('abc'))), list(reversed(LL([1, 2]))), list(LL([1, 2])))
l = [1, 2, 3]; it = iter(l); print(list(it)); l.append(4); print(list(it), list(iter(l)))
l = [1, 2, 3]; r = reversed(l); l.append(4); print(list(r))
l = [1, 2, 3]; r = reversed(l); l.pop(); print(list(r))
l = [1, 2, 3]; r = reversed(l); print(next(r), r.__length_hint__()); l[1] = 'x'; print(list(r), r.__length_hint__())
l = [1, 2, 3]; r = reversed(l); print(next(r)); del l[:]; l.extend('abc'); print(list(r))
l = [1, 2, 3, 4]; r = reversed(l); next(r); del l[1:]; print(r.__length_hint__(), list(r))
d = {1: 2}; it = iter(d); print(list(it)); d[3] = 4; print(list(it))
