# object.__setattr__ and __delattr__ refuse a class (hackcheck: a class's attributes are type's to set), type has its
# own, which a metaclass's hook reaches through super(); a missing attribute of a method is its function's
from __future__ import print_function
class A(object):
    def m(self):
        pass
for f in (lambda: object.__setattr__(A, "x", 1), lambda: object.__delattr__(A, "m"), lambda: A.m.x, lambda: A().m.x, lambda: setattr(A.m, "y", 1)):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(hasattr(A, "x"))
print(type.__setattr__ is object.__setattr__, type.__delattr__ is object.__delattr__)
print(type.__dict__.get('__setattr__') is not None, '__delattr__' in type.__dict__)
class Meta(type):
    def __setattr__(cls, name, value):
        print('meta set', name)
        super(Meta, cls).__setattr__(name, value)
    def __delattr__(cls, name):
        print('meta del', name)
        type.__delattr__(cls, name)
class K(Meta('Base', (object,), {})):
    pass
K.x = 1
print(K.x)
del K.x
print(hasattr(K, 'x'))
try:
    type.__setattr__(K(), 'y', 1)
except TypeError as e:
    print('TypeError', e)
