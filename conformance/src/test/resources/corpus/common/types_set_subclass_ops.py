from __future__ import print_function
class S(set):
    def __repr__(self):
        return 'S(%s)' % sorted(self)
class F(frozenset):
    pass
class Key(object):
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return 'Key(%r)' % (self.k,)
s = S([1, 2, 3])
print(s, repr(s), type(s.copy()).__name__, type(s | s).__name__, type(s.union()).__name__, type(s - {1}).__name__)
s2 = s
s2 |= {9}
s2 -= {1}
s2 &= {2, 9, 10}
s2 ^= {2}
print(s2 is s, s, type(s2).__name__)
f = F([1, 2])
print(type(f | {3}).__name__, type({3} | f).__name__, type(f.copy()).__name__, f.copy() is f, type(frozenset(f)).__name__, frozenset(f) is f)
ks = set([Key(1), Key(2)])
print(Key(1) in ks, Key(3) in ks, len(ks | set([Key(1)])), sorted(k.k for k in ks ^ set([Key(2), Key(5)])))
print(set([1, 2]) == S([1, 2]), S([1]) < set([1, 2]), F([1]) == set([1]), {F([1]): 'x'}[frozenset([1])], S() == set(), bool(S()))
print(sorted(S('abc').intersection('bcd')), sorted(S('ab').symmetric_difference('bc')), S('ab').issubset('abc'), S('abc').issuperset(S('a')))
