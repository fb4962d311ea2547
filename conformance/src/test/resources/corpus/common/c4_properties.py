class Temp(object):
    def __init__(self):
        self._c = 0.0
        self.log = []

    @property
    def celsius(self):
        self.log.append("get")
        return self._c

    @celsius.setter
    def celsius(self, v):
        self.log.append("set %s" % v)
        if v < -273.15:
            raise ValueError("too cold: %s" % v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = 0.0

    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, v):
        self._c = (v - 32) * 5 / 9.0
    fahrenheit = property(_get_f, _set_f, None, "fahrenheit doc")

t = Temp()
t.celsius = 100
print(t.celsius)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError: %s" % e)
print(t.log)
print(Temp.fahrenheit.__doc__)
print(type(Temp.celsius).__name__)

class RO(object):
    @property
    def value(self):
        return 42
r = RO()
print(r.value)
try:
    del r.value
except AttributeError:
    print("cannot delete")
r.value = 1
