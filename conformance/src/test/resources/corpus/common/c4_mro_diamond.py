class A(object):
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def who(self):
        return "B>" + super(B, self).who()
    def chain(self):
        return ["B"] + super(B, self).chain()

class C(A):
    def who(self):
        return "C>" + super(C, self).who()
    def chain(self):
        return ["C"] + super(C, self).chain()

class D(B, C):
    def who(self):
        return "D>" + super(D, self).who()
    def chain(self):
        return ["D"] + super(D, self).chain()

d = D()
print(d.who())
print(d.chain())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in B.__mro__])
print(isinstance(d, A))
print(issubclass(D, C))
print(issubclass(C, B))
print(D.__bases__[0].__name__)
print(super(B, d).who())
print(super(C, d).who())

class E(C, B):
    pass
print([k.__name__ for k in E.__mro__])
print(E().who())
try:
    class F(D, E):
        pass
except TypeError as e:
    print("TypeError mro")
