# super objects: the one-argument (unbound) form, its __get__, repr, attributes and misuse errors


class A(object):
    def f(self):
        return 'A.f'

    @classmethod
    def make(cls):
        return 'A.make for ' + cls.__name__


class B(A):
    def f(self):
        return 'B.f+' + super(B, self).f()

    @classmethod
    def make(cls):
        return 'B.make+' + super(B, cls).make()


class C(B):
    def f(self):
        return 'C.f+' + super(C, self).f()


b = B()
print(b.f())
print(C().f())
print(C.make())
s = super(B, b)
print(type(s).__name__)
print(s.f())
print(repr(s).split(' at ')[0])
print(super(B, B).f(b))
print(s.__thisclass__.__name__)
print(s.__self__ is b)
print(s.__self_class__.__name__)
print(super(B, C).__self_class__.__name__)
unbound = super(B)
print(repr(unbound))
print(unbound.__self__, unbound.__self_class__)
print(unbound.__get__(b, B).f())
print(unbound.__get__(C(), C).f())
print(super(C, C()).f())
for args in [(B, 1), (B, A()), (C, b), (1, b)]:
    try:
        super(*args)
    except TypeError as e:
        print('TypeError: %s' % e)
try:
    super(B, b).missing
except AttributeError as e:
    print('AttributeError: %s' % e)
try:
    unbound.f
except AttributeError as e:
    print('AttributeError: %s' % e)
print(isinstance(s, super))
