from __future__ import print_function
class MyInt(int):
    def __str__(self):
        return 'myint'
class Mixin(object):
    def __str__(self):
        return 'mixin-str'
    def __repr__(self):
        return 'mixin-repr'
class IM(int, Mixin):
    pass
class FM(float, Mixin):
    pass
class LM(list, Mixin):
    pass
class SM(str, Mixin):
    pass
class TM(tuple, Mixin):
    pass
class BM(Mixin, int):
    pass
print(MyInt(3), str(MyInt(3)), '%s' % MyInt(3), '{}'.format(MyInt(3)), repr(MyInt(3)))
for v in [IM(1), FM(1.5), LM([1]), SM('s'), TM((1,)), BM(2)]:
    print(str(v), repr(v), '%s' % (v,), '{}'.format(v))
print(type(reversed('ab')).__name__, type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed(range(2))).__name__)
class S(object):
    def __len__(self): return 3
    def __getitem__(self, i):
        if i == 1: raise IndexError
        return i
print(list(reversed(S())))
