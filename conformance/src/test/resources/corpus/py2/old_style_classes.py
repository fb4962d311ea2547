# Old-style (classic) classes next to new-style ones.
class Old:
    def __init__(self, v):
        self.v = v
    def show(self):
        return "Old(%d)" % self.v

class OldChild(Old):
    def show(self):
        return "OldChild:" + Old.show(self)

class New(object):
    pass

o = OldChild(3)
print o.show()
print type(o).__name__
print o.__class__.__name__
print type(New()).__name__
print isinstance(o, Old)
print issubclass(OldChild, Old)
print type(Old).__name__
print type(New).__name__
print hasattr(Old, "__mro__"), hasattr(New, "__mro__")

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
