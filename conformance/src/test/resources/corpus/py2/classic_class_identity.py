# 2.7 classic classes: str of the class, isinstance(x, object), type names, builtin types' __module__


class Classic:
    def __init__(self, v):
        self.v = v


class Derived(Classic):
    pass


class New(object):
    pass


c = Classic(1)
print(Classic)
print(str(Derived))
print('%s and %s' % (Classic, New))
print(type(c))
print(type(Classic))
print(c.__class__)
print(isinstance(c, object), isinstance(Classic, object), isinstance(New(), object))
print(isinstance(c, Classic), isinstance(Derived(2), Classic), issubclass(Derived, Classic))
print(issubclass(Classic, object), issubclass(New, object))
print(object.__module__, int.__module__, type.__module__, dict.__module__)
print(Classic.__module__, New.__module__)
print(type(c).__name__, Classic.__name__, c.__class__.__name__)
print(hasattr(Classic, '__mro__'), hasattr(New, '__mro__'))
print(Classic.__bases__ == (), Derived.__bases__ == (Classic,))
print(c.__dict__)
print(repr(c).startswith('<__main__.Classic instance at 0x'))
print(repr(Classic).startswith('<class __main__.Classic at 0x'))
