from __future__ import print_function
a = set([1, 2, 3, 4])
b = frozenset([3, 4, 5])
print(a | b, a & b, a - b, a ^ b, b | a, b & a, b - a, type(a | b).__name__, type(b | a).__name__, type(b - set()).__name__)
print(a.union([9], (8,)), a.intersection(b, [4]), a.difference([1], [2]), a.symmetric_difference([1, 10]), b.union(), a.intersection())
print(a <= a, a < a, set([1]) < a, a >= set([1, 2]), a.issubset(range(10)), a.issuperset([1, 1, 2]), a.isdisjoint(b), a.isdisjoint([7]))
print(a == frozenset(a), set() == frozenset(), set([1]) != set([1.0]), {1, 2} == {2, 1}, frozenset([1, 2]) in {frozenset([2, 1]): 0})
c = set('abc')
c.add('d')
c.discard('zz')
c.remove('a')
c.update('xy', ['z'])
print(sorted(c), len(c))
c.intersection_update('bcdxq')
print(sorted(c))
c.difference_update(['b'])
print(sorted(c))
c.symmetric_difference_update('cw')
print(sorted(c))
c |= {'m'}
c &= {'m', 'd', 'w'}
c -= {'w'}
c ^= {'n'}
print(sorted(c))
try:
    c.remove('zz')
except KeyError as e:
    print('KeyError', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
try:
    a | [1]
except TypeError as e:
    print('TypeError', e)
try:
    a.add([1])
except TypeError as e:
    print('TypeError', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
print(set(), frozenset(), set([]), frozenset([None]), repr(set([3])), repr(frozenset([3])), sorted({x % 4 for x in range(20)}))
d = set([5, 6])
e = d.copy()
e.add(7)
print(sorted(d), sorted(e), d.clear(), d, frozenset([1]).copy() == frozenset([1]))
print(set([1, 2, 3]) > set([1]), set([1]) > set([2]), sorted([{1, 2}, {1}, {3}], key=len), {1} < {1, 2} < {1, 2, 3})
print(1 in a, [1] in a if False else 'skip', 'x' in frozenset('xyz'), set('hello'), set(range(5)), frozenset(range(3)))
try:
    [1] in a
except TypeError as e:
    print('TypeError', e)
print(set([1, 2]) == [1, 2], set([1]).__eq__([1]), frozenset([1, 2]) | set([3]), set([1, 2]) - frozenset([1]))
s = {x * 2 for x in range(5)}
print(s, sorted(s, reverse=True), len(s), sum(s), min(s), max(s), {True, 1, 1.0}, {0, False, 0.0, -0.0})
class K(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return 'K(%d)' % self.v
ks = set([K(1), K(4), K(1), K(7)])
print(len(ks), K(4) in ks, K(10) in ks, sorted(ks, key=lambda k: k.v))
fs = frozenset([1, 2])
print(hash(fs) == hash(frozenset([2, 1])), fs.union([3]) is not fs, fs | fs == fs)
