# 2.7's x[i:j] on classic instances and on indices that are not plain ints
class Indexer:
    def __getitem__(self, k):
        return k
    def __len__(self):
        return 10

class NoLen:
    def __getitem__(self, k):
        return k

class Big(object):
    def __getslice__(self, i, j):
        return i, j

class Idx(object):
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

c = Indexer()
print c[1:], c[-2:], c[:], c[None:3], c[1:2:3], c[Idx(2):Idx(-1)]
print NoLen()[1:], NoLen()[:4]
try:
    print NoLen()[-1:]
except AttributeError as e:
    print "AttributeError:", e
print Big()[10 ** 30:], Big()[-10 ** 30:], Big()[2L:5L], Big()[True:]
try:
    print Big()[None:]
except TypeError as e:
    print "TypeError:", e

class Store:
    def __init__(self):
        self.log = []
    def __setslice__(self, i, j, v):
        print "setslice", i, j, v
    def __delslice__(self, i, j):
        print "delslice", i, j
    def __len__(self):
        return 4

s = Store()
s[1:2] = "ab"
s[-1:] = [9]
del s[:-2]
del s[:]

class Items:
    def __setitem__(self, k, v):
        print "setitem", k, v
    def __delitem__(self, k):
        print "delitem", k
    def __len__(self):
        return 7

h = Items()
h[1:2] = 5
del h[:3]
h[-3:] = ()
print hasattr(list, "__getslice__"), hasattr(str, "__getslice__"), hasattr(tuple, "__getslice__")
print hasattr(unicode, "__getslice__"), hasattr(list, "__setslice__"), hasattr(list, "__delslice__")
print list.__getslice__([1, 2, 3], -1, 2), tuple.__getslice__((1, 2, 3), 1, 99), str.__getslice__("hello", 1, 3)
l = [0, 1, 2, 3, 4]
list.__setslice__(l, 1, 3, "xy")
print l
list.__delslice__(l, -5, 2)
print l
print len(Indexer())
try:
    len(NoLen())
except AttributeError as e:
    print "AttributeError:", e
