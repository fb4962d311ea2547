# 2.7: without __metaclass__ the most derived metaclass of the new-style bases makes the class; a conflict names where it came from
import abc
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print "Meta makes", name
        return type.__new__(mcls, name, bases, ns)
class A(object):
    __metaclass__ = Meta
class Plain(object):
    pass
class Old:
    pass
class B(Plain, A):
    pass
class C(Old, A):
    pass
print type(B).__name__, type(C).__name__
class I(object):
    __metaclass__ = abc.ABCMeta
class J(Plain, I):
    pass
I.register(int)
print type(J).__name__, isinstance(3, I)
class M2(type):
    pass
class X(object):
    __metaclass__ = M2
try:
    class Y(X, A):
        pass
except TypeError as e:
    print "TypeError:", e
