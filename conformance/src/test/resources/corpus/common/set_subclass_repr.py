# Instances of set and frozenset subclasses show their class's name (S({1}), S(); 2.7 S([1])),
# in repr, str and inside containers; plain sets keep {1} and set().
from __future__ import print_function


class S(set):
    pass


class F(frozenset):
    pass


print(repr(S([1])), repr(F([2])), repr(S()), repr(F()), str(S([3])), [S([4])], {'k': F([5])})
print(repr(set([1])), repr(frozenset([2])), repr(set()), repr(frozenset()), S([1]) == {1})
