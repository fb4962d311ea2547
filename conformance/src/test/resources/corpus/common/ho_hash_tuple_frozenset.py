from __future__ import print_function
# hash() of tuples (xxHash-based in 3.8+, multiplicative before) and of
# frozensets (order independent).
tuples = [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, 2, 3), ((),),
          ((), ()), (True, False), (1.5, -0.0), ('a',),
          (u'a', u'b'), (b'x', 1, 2.5), ((1, 2), (3, 4)),
          tuple(range(20)), (10 ** 30, -10 ** 30)]
for t in tuples:
    print(repr(t) if len(t) < 10 else len(t), hash(t))
fs = [frozenset(), frozenset([0]), frozenset([1]), frozenset([1, 2]),
      frozenset([2, 1]), frozenset(range(10)), frozenset([-1, -2]),
      frozenset([u'a']), frozenset([u'a', u'b']),
      frozenset([(1, 2), (3, 4)]), frozenset([frozenset([1])])]
for f in fs:
    print(len(f), hash(f))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print(hash((1, 2)) == hash((1.0, 2.0)))
print(hash(None) == hash(None))
