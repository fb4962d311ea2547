# 2.7 classic instances as operands: __coerce__ before each half of a binary operator, the operator itself
# on what it returns, instance_compare's coercion and __cmp__, and methods found through __getattr__.
class Num:
    def __init__(self, v):
        self.v = v
    def __coerce__(self, other):
        if isinstance(other, (int, long, float)):
            return (self, Num(other))
        if isinstance(other, Num):
            return (self, other)
        return None
    def __add__(self, other):
        return Num(self.v + other.v)
    def __radd__(self, other):
        return Num(other.v + self.v)
    def __repr__(self):
        return "Num(%r)" % (self.v,)
    def __cmp__(self, other):
        return cmp(self.v, other.v)
print Num(1) + 2, 3 + Num(4), Num(1) + Num(2), Num(1) < 2, Num(5) == Num(5), 2 < Num(3)
print sorted([Num(3), Num(1), Num(2)]), max(Num(3), Num(9)), Num(2) in [Num(1), Num(2)]
n = Num(1)
n += 5
print n
try:
    Num(1) - 1
except TypeError as e:
    print "sub:", e
try:
    Num(1) + "s"
except TypeError as e:
    print "str:", e

class ToNumber:
    # __coerce__ to plain numbers: the operator runs on them
    def __init__(self, v):
        self.v = v
    def __coerce__(self, other):
        print "coerce", self.v, other
        return (self.v, other)
print ToNumber(3) * 2, 2 * ToNumber(3), ToNumber(10) - 1, ToNumber(2) ** 3, 7 % ToNumber(4), ToNumber(1.5) / 2
print ToNumber(1) == 1, ToNumber(2) > 1, cmp(ToNumber(5), 9)

class BadCoerce:
    def __coerce__(self, other):
        return 42
for expr, f in [('BadCoerce() + 1', lambda: BadCoerce() + 1), ('BadCoerce() < 1', lambda: BadCoerce() < 1)]:
    try:
        f()
    except TypeError as e:
        print expr, e

class Cmp:
    def __init__(self, v):
        self.v = v
    def __cmp__(self, o):
        print "cmp", self.v, getattr(o, 'v', o)
        return cmp(self.v, getattr(o, 'v', o))
    def __eq__(self, o):
        print "eq", self.v
        return NotImplemented
print Cmp(1) == Cmp(1)
print Cmp(1) < Cmp(2), Cmp(3) > 2, 2 < Cmp(3), Cmp(1) != Cmp(2)

class BadCmp:
    def __cmp__(self, o):
        return "x"
class FloatCmp:
    def __cmp__(self, o):
        return -0.5
try:
    BadCmp() < 1
except TypeError as e:
    print "bad cmp:", e
print FloatCmp() == 1, FloatCmp() < 1

class Proxy:
    def __init__(self, obj):
        self.__dict__['_obj'] = obj
    def __getattr__(self, name):
        print "getattr", name
        return getattr(self._obj, name)
p = Proxy([3, 1, 2])
print len(p)
print p[0], p[1:]
print 2 in p
for x in p:
    print x,
print
print p + [4]
print repr(p)
print str(p)
print bool(p)
p.append(5)
print p._obj
print -Proxy(5), abs(Proxy(-3)), ~Proxy(1), float(Proxy(3)), hex(Proxy(255)), oct(Proxy(8L))
print Proxy(3) * 2, 2 * Proxy(3), Proxy(10) - 1, Proxy(2) ** 3
print hash(Proxy("x")) == hash("x")

class Inst:
    pass
i = Inst()
i.__len__ = lambda: 42
i.__str__ = lambda: "instance str"
i.__add__ = lambda other: ("added", other)
print len(i), str(i), i + 1, bool(i)
print (5).__hex__(), (8L).__oct__(), True.__hex__(), repr((3).__long__()), repr((2.5).__long__())
