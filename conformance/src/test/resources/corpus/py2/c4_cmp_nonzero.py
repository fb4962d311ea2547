class Money(object):
    def __init__(self, cents):
        self.cents = cents
    def __cmp__(self, other):
        print "cmp", self.cents, getattr(other, "cents", other)
        if isinstance(other, Money):
            return cmp(self.cents, other.cents)
        return cmp(self.cents, other)
    def __nonzero__(self):
        print "nonzero", self.cents
        return self.cents != 0
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

a = Money(150)
b = Money(99)
print a > b
print a == Money(150)
print a != b
print a < 200
print sorted([a, b, Money(5)])
print bool(Money(0))
if a:
    print "a is truthy"
print cmp(a, b)
print cmp(b, a)
print cmp(3, 3)
print max(a, b)

class OldCmp:
    def __init__(self, v):
        self.v = v
    def __cmp__(self, other):
        return cmp(self.v, other.v)
    def __nonzero__(self):
        return False
    def __len__(self):
        return 10
print OldCmp(1) < OldCmp(2)
print bool(OldCmp(1))
print not OldCmp(3)
print [x.v for x in sorted([OldCmp(3), OldCmp(1), OldCmp(2)])]
print cmp("a", "b"), cmp([1, 2], [1, 2])
print Money(1) == None
class BadCmp(object):
    def __cmp__(self, other):
        return "no"
BadCmp() < BadCmp()
