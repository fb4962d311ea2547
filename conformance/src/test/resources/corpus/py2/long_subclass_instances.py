# 2.7: a program's subclass of long keeps its class (methods, attributes, repr with L), while
# arithmetic gives plain longs; long.__new__ with the subclass; unicode subclasses alongside.
class L(long):
    def double(self):
        return self * 2
x = L(5)
print type(x).__name__, x, x.double(), repr(x), type(x.double()).__name__, type(x + 1).__name__
x.tag = "t"
print x.tag, L("123456789012345678901234567890"), L(2 ** 70) % 7, isinstance(x, long), hash(x) == hash(5L)
print L(7, ) , L("ff", 16), L(-3.9), L(), long(x), type(long(x)).__name__
class R(long):
    def __repr__(self):
        return "R(%s)" % long.__repr__(self)
print [R(1), R(2 ** 65)], str(R(3)), "%d" % R(4), "%s" % R(5)
class N(long):
    def __new__(cls, v):
        print "new", cls.__name__, v
        return long.__new__(cls, v * 10)
n = N(4)
print n, type(n).__name__, n + n, -n, abs(N(-2))
try:
    L("junk")
except ValueError as e:
    print e
class U(unicode):
    def shout(self):
        return self.upper() + u"!"
print type(U(u"a")).__name__, U(u"a").shout(), repr(U(u"\xe9")), U(u"abc")[1:], type(U(u"abc")[1:]).__name__
print sorted({L(1): 1, 1L: 2}.items()), L(3) == 3, L(3) < 4.5, divmod(L(7), 2)
