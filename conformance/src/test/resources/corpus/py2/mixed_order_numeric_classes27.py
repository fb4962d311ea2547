# 2.7 orders objects of unrelated types by type name, except that a "number" (PyNumber_Check: a type with
# a conversion to int or float, so classic instances and classes defining __int__ or __float__ too) has an
# empty name; two numbers of different types then go by where their type objects lie: a class the program
# made lies on the heap below libpython's static types, and the static numeric types in their link order
# (bool, instance, complex, float, int, long). Two classes the program made go by the allocator's addresses,
# which nothing predicts, so this program never compares two of them.


class Classic:
    pass


class WithFloat(object):
    def __float__(self):
        return 2.5


class WithInt(object):
    def __int__(self):
        return 7


class Plain(object):
    pass


class MyInt(int):
    pass


class Late(object):
    def __float__(self):
        return 0.0


f, i, p, c, m, late = WithFloat(), WithInt(), Plain(), Classic(), MyInt(3), Late()
print 'class vs builtin number:', f < 5, 5 < f, i < 2.5, f > 10L, i < True
print 'number vs named type:', f < p, p < f, f < 'str', [] < i, i < (), f < None
print 'classic instance:', c < 5, 5 < c, c < 1.5, c < 5L, True < c, c < 1j, c < f, f < c, c < p
print 'subclass of int:', m < 'a', m < 2, m > 2, m < 2.0, m < Classic(), m < p
values = [3, f, 'x', None, 1.5, (1,), [2], p, 2L, False]
print [type(v).__name__ for v in sorted(values)]
print min(f, 0).__class__.__name__, max(i, 0).__class__.__name__, min(c, 3).__class__.__name__
print [type(v).__name__ for v in sorted([2L, late, 1, c, False, 2.0, 'a'])]
print sorted([3, 1j])
