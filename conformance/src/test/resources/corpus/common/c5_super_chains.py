class Root(object):
    def __init__(self, **kw):
        print("Root.__init__ leftover %r" % (sorted(kw),))
        self.trail = ["Root"]
    def describe(self):
        return "root"
    @classmethod
    def make(cls):
        return "made " + cls.__name__
    @property
    def kind(self):
        return "root-kind"

class A(Root):
    def __init__(self, a=0, **kw):
        print("A.__init__ a=%r" % (a,))
        super(A, self).__init__(**kw)
        self.trail.append("A")
    def describe(self):
        return "A>" + super(A, self).describe()

class B(Root):
    def __init__(self, b=0, **kw):
        print("B.__init__ b=%r" % (b,))
        super(B, self).__init__(**kw)
        self.trail.append("B")
    def describe(self):
        return "B>" + super(B, self).describe()
    @classmethod
    def make(cls):
        return "B:" + super(B, cls).make()

class C(A, B):
    def __init__(self, c=0, **kw):
        print("C.__init__ c=%r" % (c,))
        super(C, self).__init__(**kw)
        self.trail.append("C")
    def describe(self):
        return "C>" + super(C, self).describe()
    @property
    def kind(self):
        return "C+" + super(C, self).kind

class D(C):
    def __init__(self, **kw):
        super(D, self).__init__(d=4, **kw)
    def describe(self):
        return "D>" + super(D, self).describe()

obj = C(a=1, b=2, c=3)
print(obj.trail)
print(obj.describe())
print(C.make())
print(obj.kind)
print([k.__name__ for k in C.__mro__])
print(super(A, obj).describe())
print(super(B, obj).describe())

d = D(a=9)
print(d.trail)
print(d.describe())
print(D.make())

class Skipper(C):
    def describe(self):
        return "skip>" + super(A, self).describe()
    def missing(self):
        return super(Skipper, self).nowhere()

s = Skipper()
print(s.describe())
print(isinstance(super(C, s), super))
s.missing()
