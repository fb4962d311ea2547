registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = sorted(self.__dict__.items())
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % kv for kv in fields))
    cls.__repr__ = __repr__
    return cls

def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register
@add_repr
@tagged("pt")
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

@register
class Empty(object):
    pass

print(sorted(registry))
print(Point(1, 2))
print(Point.tag)
print(registry["Point"] is Point)

def singleton(cls):
    instances = []
    def get(*args):
        if not instances:
            instances.append(cls(*args))
        return instances[0]
    return get

@singleton
class Config(object):
    def __init__(self, v):
        self.v = v

a = Config(1)
b = Config(2)
print(a is b)
print(b.v)
print(type(Config).__name__)

def broken(cls):
    raise TypeError("cannot decorate " + cls.__name__)

@broken
class Nope(object):
    pass
