class Sliceable(object):
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        print "  __len__"
        return len(self.data)
    def __getitem__(self, key):
        print "  __getitem__ %r" % (key,)
        return self.data[key]
    def __getslice__(self, i, j):
        print "  __getslice__(%r, %r)" % (i, j)
        return self.data[i:j]
    def __setslice__(self, i, j, seq):
        print "  __setslice__(%r, %r, %r)" % (i, j, seq)
        self.data[i:j] = seq
    def __delslice__(self, i, j):
        print "  __delslice__(%r, %r)" % (i, j)
        del self.data[i:j]

s = Sliceable("abcdef")
print s[1:3]
print s[:2]
print s[3:]
print s[-2:]
print s[-10:-1]
print s[::2]
print s[1:5:1]
print s[2]
s[0:2] = ["X"]
print s.data
del s[1:2]
print s.data
try:
    s[1:3:1] = ["p", "q"]
except TypeError, e:
    print "TypeError:", e
print s.data

class MyList(list):
    def __getslice__(self, i, j):
        print "  MyList slice %r %r" % (i, j)
        return MyList(list.__getslice__(self, i, j))

m = MyList(range(6))
print m[1:4], type(m[1:4]).__name__
print m[-3:]
print m[::3]

class NoLen(object):
    def __getslice__(self, i, j):
        return (i, j)

n = NoLen()
print n[1:2]
print n[:]
print n[-1:]
