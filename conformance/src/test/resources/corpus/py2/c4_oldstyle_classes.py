class Old:
    x = 1
    def __init__(self, v):
        self.v = v
    def show(self):
        return "Old(%s)" % self.v

class New(object):
    pass

o = Old(5)
print o.show()
print type(o)
print type(Old)
print o.__class__.__name__
print type(New())
print isinstance(o, Old)
print hasattr(Old, "__mro__")

class A:
    def who(self):
        return "A"
class B(A):
    pass
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print D().who()

class NewA(object):
    def who(self):
        return "A"
class NewB(NewA):
    pass
class NewC(NewA):
    def who(self):
        return "C"
class NewD(NewB, NewC):
    pass
print NewD().who()
print Old.show
print type(Old.show)
m = Old.show
print m(Old(9))
try:
    m(42)
except TypeError, e:
    print "TypeError:", e
print Old.__dict__.has_key("x")
o.__class__ = A
print o.__class__.__name__
print o.who()
Old.show(New())
