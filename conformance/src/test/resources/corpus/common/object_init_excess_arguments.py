# object.__init__ given arguments: refused when a class's own __init__ hands them on through
# super() or object.__new__ is not overridden (each version's words); accepted when only
# __new__ is a class's own (2.7: also when both are).
from __future__ import print_function
class A(object):
    def __init__(self, **kw):
        super(A, self).__init__(**kw)
class B(object):
    pass
class N(object):
    def __new__(cls, x):
        return object.__new__(cls)
class I(object):
    def __init__(self, x):
        object.__init__(self)
        self.x = x
class NI(object):
    def __new__(cls, *a):
        return super(NI, cls).__new__(cls)
    def __init__(self, *a):
        super(NI, self).__init__(*a)
for make in (lambda: A(), lambda: A(x=1), lambda: B(), lambda: B(1), lambda: N(1), lambda: I(2).x, lambda: NI(), lambda: NI(1), lambda: object(1), lambda: object.__init__(B(), 1)):
    try:
        r = make()
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError", e)


class Meta(type):
    def __init__(cls, name, bases, ns):
        super(Meta, cls).__init__(name, bases, ns)
        cls.tag = name.lower()


Tagged = Meta('Tagged', (object,), {})
print(Tagged.tag, type(Tagged).__name__)
