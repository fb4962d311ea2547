# Bound methods compare equal when they bind the same function to the same object, and hash alike, so they
# work as dict keys and in sets and lists (a callback registry); builtin methods the same.
from __future__ import print_function


class A(object):
    def m(self):
        return 1

    def n(self):
        return 2

    @classmethod
    def cm(cls):
        return cls

    @staticmethod
    def sm():
        return 0


a, b = A(), A()
print(a.m == a.m, a.m != a.m, a.m == b.m, a.m == a.n, a.m is a.m)
print(len({a.m, a.m, b.m}), a.m in [a.m], [b.m, a.m].index(a.m), hash(a.m) == hash(a.m))
registry = {a.m: 'a.m', b.m: 'b.m'}
print(registry[a.m], registry[b.m], registry.get(a.n, 'missing'))
print(A.cm == A.cm, a.cm == A.cm, A.sm == a.sm, a.m == A.m)
l = [1, 2]
s = 'text'
print(l.append == l.append, l.append == [].append, s.upper == s.upper, s.upper == s.lower, len == len)
try:
    print(len({l.append, l.append, l.pop}))  # before 3.8 the list's own hash: unhashable
except TypeError as e:
    print('TypeError', e)
try:
    print(len({a.m: 1, a.m: 2}), hash(a.m) == hash(a.m))
except TypeError as e:
    print('TypeError', e)
print(l.append in [l.pop, l.append])
handlers = [a.m, b.n, l.append]
handlers.remove(b.n)
print(len(handlers), handlers.count(l.append), handlers.index(l.append))
