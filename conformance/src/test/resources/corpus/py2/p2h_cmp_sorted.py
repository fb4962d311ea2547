# 2.7 cmp(), __cmp__, sorted with cmp=, and list.sort(cmp).
print cmp(1, 2), cmp(2, 1), cmp(1, 1), cmp('a', 'b'), cmp((1, 2), (1, 3))
print cmp([1], [1, 0]), cmp(None, 0), cmp(1, 1.0)
class V(object):
    def __init__(self, v):
        self.v = v
    def __cmp__(self, other):
        return cmp(abs(self.v), abs(other.v))
    def __repr__(self):
        return 'V(%d)' % self.v
vs = [V(3), V(-1), V(-4), V(2), V(0)]
print sorted(vs)
print max(vs), min(vs)
print V(-2) == V(2), V(1) < V(-3), V(5) > V(4)
def rev(a, b):
    return cmp(b, a)
print sorted([3, 1, 4, 1, 5, 9, 2, 6], cmp=rev)
print sorted(['bb', 'a', 'ccc', 'dd'], cmp=lambda a, b: cmp(len(a), len(b)))
words = ['Banana', 'apple', 'Cherry', 'date']
words.sort(lambda a, b: cmp(a.lower(), b.lower()))
print words
words.sort(cmp=lambda a, b: cmp(a[-1], b[-1]), reverse=True)
print words
class Old:
    def __init__(self, n):
        self.n = n
    def __cmp__(self, o):
        return cmp(self.n % 3, o.n % 3)
    def __repr__(self):
        return 'Old%d' % self.n
print sorted([Old(i) for i in range(7)])
