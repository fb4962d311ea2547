# a class keeps __qualname__ outside its dict and shows it in reprs; __doc__ is None without a docstring;
# C.__class__ is the metaclass; isinstance asks __instancecheck__ of any object's class
class Outer:
    class Inner:
        pass
    def method(self):
        class Local:
            pass
        return Local

print(Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.__name__)
print(repr(Outer.Inner()).split(' at ')[0])
print(Outer().method().__qualname__, '__qualname__' in Outer.__dict__, '__qualname__' in vars(Outer.Inner))
Outer.Inner.__qualname__ = 'Renamed'
print(Outer.Inner, Outer.Inner.__name__)
try:
    Outer.Inner.__qualname__ = 5
except TypeError as e:
    print('TypeError', e)
Dyn = type('Dyn', (), {'__qualname__': 'Some.Where'})
print(Dyn, Dyn.__qualname__, '__qualname__' in Dyn.__dict__)

class Documented:
    """Has a docstring."""

class Plain(Documented):
    pass

print(Documented.__doc__, Plain.__doc__, '__doc__' in Plain.__dict__)

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

class Derived(WithMeta):
    pass

print(WithMeta.__class__.__name__, Derived.__class__.__name__, type(Derived).__name__)

class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj > 10
    def __subclasscheck__(self, cls):
        return cls is bool

big = Checker()
print(isinstance(11, big), isinstance(3, big), isinstance('x', (str, big)), issubclass(bool, big), issubclass(int, big))
