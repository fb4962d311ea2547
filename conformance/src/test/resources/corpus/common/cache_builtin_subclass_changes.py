# Methods added to, replaced in or removed from a program's subclass of a builtin after its
# instances were used: the builtin's own behaviour, then the class's, then the builtin's again.


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


l = L([1, 2, 3])
d = D(a=1)
i = I(5)
print(len(l), l[0], d["a"], i + 1, l.count(1))

L.__len__ = lambda self: 99
L.__getitem__ = lambda self, k: "item"
L.count = lambda self, x: "counted"
D.__getitem__ = lambda self, k: "dict item " + k
I.__add__ = lambda self, other: "added"
print(len(l), l[0], d["a"], i + 1, l.count(1))

del L.__len__
del L.__getitem__
del L.count
del D.__getitem__
del I.__add__
print(len(l), l[0], d["a"], i + 1, l.count(1))


class M(L):
    pass


m = M([4, 5])
print(len(m), m.count(4))
L.__len__ = lambda self: -1 + 100
L.count = lambda self, x: "base count"
print(len(m), m.count(4))
