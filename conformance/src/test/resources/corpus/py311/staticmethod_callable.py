# 3.10+: staticmethod and classmethod objects show what they wrap, and a staticmethod is callable itself


def double(x):
    return x * 2


sm = staticmethod(double)
cm = classmethod(double)
print(repr(sm).startswith('<staticmethod(<function double at 0x'))
print(repr(cm).startswith('<classmethod(<function double at 0x'))
print(repr(staticmethod(len)))
print(repr(classmethod(abs)))
print(sm(21), callable(sm), callable(cm))
print(staticmethod(len)([1, 2, 3]))


class Tools(object):
    helper = staticmethod(double)

    @staticmethod
    def triple(x):
        return x * 3

    table = {'t': triple}

    def use(self):
        return self.table['t'](5)


print(Tools.helper(4), Tools().triple(2), Tools().use())
print(type(Tools.__dict__['triple']).__name__, Tools.__dict__['triple'](7))
try:
    cm(1)
except TypeError as e:
    print('TypeError:', e)
