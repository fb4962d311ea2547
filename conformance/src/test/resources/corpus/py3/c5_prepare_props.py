class LoggingNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        if key in self and not key.startswith("__"):
            raise TypeError("duplicate definition of %r" % key)
        super().__setitem__(key, value)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return LoggingNamespace()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = list(ns.order)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Record(metaclass=Ordered, strict=True):
    zeta = 1
    alpha = 2
    def middle(self):
        return "m"
    beta = 3

print(Record.field_order)
print(type(Record).__name__, Record().middle())

try:
    class Dup(metaclass=Ordered):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
try:
    t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
t.fahrenheit = 5
