# 2.7's operator module is C: every operator as a function (in-place ones, slices, indexOf,
# countOf, the deprecated isCallable/isNumberType/isSequenceType/isMappingType), dunder
# aliases, and each C function's own argument errors.
import operator as o


def t(f, *a):
    try:
        print f.__name__, repr(f(*a))
    except Exception as e:
        print f.__name__, type(e).__name__, e

t(o.add, 1); t(o.truth); t(o.neg, 1, 2); t(o.is_, 1); t(o.contains, 1); t(o.setitem, 1, 2)
t(o.getslice, [1], 0); t(o.repeat, [1]); t(o.pow, 2); t(o.indexOf, [1]); t(o.__lt__, 1)
t(o.indexOf, [1, 2], 2); t(o.indexOf, [1, 2], 3); t(o.countOf, [1, 2, 1], 1); t(o.countOf, 5, 1)
t(o.index, 5); t(o.index, 5L); t(o.index, 5.0); t(o.abs, -3); t(o.abs, 'x'); t(o.inv, 5); t(o.not_, [])
t(o.concat, [1], [2]); t(o.concat, 1, 2); t(o.concat, 'a', 'b'); t(o.repeat, [1], 3); t(o.repeat, 1, 3)
t(o.repeat, [1], 'a'); t(o.iconcat, [1], [2]); t(o.iconcat, 1, 2); t(o.irepeat, [1], 2)
t(o.getslice, [1, 2, 3], 1, 2); t(o.getslice, 'abc', 0, 2); t(o.getslice, [1], 'a', 2)
l = [1, 2, 3, 4]
t(o.setslice, l, 1, 3, ['x'])
print l
t(o.delslice, l, 0, 1)
print l
d = {}
t(o.setitem, d, 'k', 1)
print d
t(o.delitem, d, 'k')
print d
t(o.delitem, d, 'k')
t(o.isCallable, len); t(o.isCallable, 1)


class Classic:
    pass


class Indexed(object):
    def __getitem__(self, i):
        return i


class Sliced(Indexed):
    def __getslice__(self, i, j):
        return i, j


class Integral(object):
    def __int__(self):
        return 1

    def __index__(self):
        return 7

for x in [1, 1.5, 1j, True, 2L, 'x', u'x', Classic(), Indexed(), Integral(), [], (), {}, set(), xrange(3),
          bytearray(), Sliced(), memoryview("ab"), buffer("x"), Exception()]:
    print type(x).__name__, o.isNumberType(x), o.isSequenceType(x), o.isMappingType(x)
t(o.sequenceIncludes, [1], 1); t(o.index, Integral())
x = [1]
t(o.iadd, x, [2])
print x
t(o.isub, 5, 2); t(o.imul, 'a', 3); t(o.idiv, 7, 2); t(o.itruediv, 7, 2); t(o.ifloordiv, 7, 2); t(o.imod, 7, 4)
t(o.ipow, 2, 5); t(o.ilshift, 1, 3); t(o.irshift, 8, 1); t(o.iand, 6, 3); t(o.ior, 6, 3); t(o.ixor, 6, 3)
t(o.__add__, 1, 2); t(o.__abs__, -1); t(o.__index__, 2); t(o.__iadd__, 1, 2); t(o.__not__, 0); t(o.__inv__, 0)
t(o.pow, 2, 10); t(o.div, 7, 2); t(o.truediv, 7, 2); t(o.mod, 'a%s', 1); t(o.__getslice__, 'abcd', 1, 3)
print sorted(n for n in dir(o) if not n.startswith('_'))
print reduce(o.mul, range(1, 6)), map(o.itemgetter(1), [(1, 'a'), (2, 'b')]), sorted([3, 1, 2], key=o.neg)
o.add(1, b=2)
