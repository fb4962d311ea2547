# 3.x class features: zero-argument super(), __init_subclass__, __class__ cell, metaclass keyword.
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

class Base(metaclass=Registry):
    def greet(self):
        return "base"

class Child(Base):
    def greet(self):
        return "child+" + super().greet()

    def which(self):
        return __class__.__name__

print(Child().greet())
print(Child().which())
print(Registry.classes)

class Plugin:
    registered = []

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registered.append((cls.__name__, key))

class A(Plugin, key="a"):
    pass

class B(Plugin):
    pass

print(Plugin.registered)
print(type(Child).__name__)
print(Child.__qualname__)

def factory():
    class Local:
        pass
    return Local

print(factory().__qualname__)
