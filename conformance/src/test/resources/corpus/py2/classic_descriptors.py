# 2.7 classic instances know no data descriptors: assignment goes to the instance dict, which then wins over a
# property; a property without an instance value still computes; new-style classes keep the property's setter


class Celsius:
    def __init__(self, c):
        self._c = c

    def get_f(self):
        return self._c * 9 / 5 + 32

    def set_f(self, v):
        print 'setter called'
        self._c = (v - 32) * 5 / 9

    f = property(get_f, set_f)


class NewCelsius(Celsius, object):
    pass


old = Celsius(100)
print old.f, sorted(old.__dict__)
old.f = 50
print old.f, old._c, sorted(old.__dict__.items())
del old.f
print old.f, sorted(old.__dict__)
try:
    del old.f
except AttributeError as e:
    print 'AttributeError:', e
new = NewCelsius(100)
new.f = 212
print new.f, new._c, sorted(new.__dict__.items())
try:
    del new.f
except AttributeError as e:
    print 'AttributeError:', e
