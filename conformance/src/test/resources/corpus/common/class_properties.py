# property, staticmethod and classmethod.
class Temperature(object):
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 // 5 + 32

    @staticmethod
    def describe(x):
        return "temperature %d" % x

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def which(cls):
        return cls.__name__

class Kelvinish(Temperature):
    pass

t = Temperature(100)
print(t.celsius)
print(t.fahrenheit)
t.celsius = 37
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error: %s" % e)
print(Temperature.describe(5))
print(t.describe(6))
f = Temperature.freezing()
print(f.celsius)
print(Kelvinish.freezing().which())
print(type(Kelvinish.freezing()).__name__)
try:
    t.fahrenheit = 1
except AttributeError:
    print("read-only property")
