# A metaclass's __getattr__, __getattribute__, __setattr__ and __delattr__ decide its
# classes' attribute access (super() reaching type's own); enums refuse reassigning
# and deleting members this way.
from __future__ import print_function


class Meta(type):
    def __getattr__(cls, name):
        return 'meta:' + name

    def __setattr__(cls, name, value):
        if name.startswith('ro_'):
            raise AttributeError('read-only: ' + name)
        super(Meta, cls).__setattr__(name, value.upper() if isinstance(value, str) else value)

    def __delattr__(cls, name):
        print('deleting', name)
        super(Meta, cls).__delattr__(name)


C = Meta('C', (object,), {'real': 1})
print(C.real, C.missing, getattr(C, 'other'), hasattr(C, 'anything'))
C.label = 'abc'
print(C.label, C.__dict__['label'])
try:
    C.ro_x = 1
except AttributeError as e:
    print('blocked', e)
del C.label
print(C.label)


class Counting(type):
    lookups = 0

    def __getattribute__(cls, name):
        if not name.startswith('_'):
            Counting.lookups += 1
        return type.__getattribute__(cls, name)


D = Counting('D', (object,), {'x': 5, 'f': lambda self: 7})
print(D.x, D().f(), D.x + D.x, Counting.lookups)
try:
    D.nothing
except AttributeError as e:
    print('AttributeError', e)
try:
    import enum
except ImportError:
    enum = None
if enum is not None:
    class Color(enum.Enum):
        RED = 1

    for action in ('assign', 'delete'):
        try:
            if action == 'assign':
                Color.RED = 2
            else:
                del Color.RED
            print(action, 'allowed')
        except AttributeError as e:
            print(action, 'AttributeError', e)
    Color.helper = 3
    print(Color.RED, Color.helper)
