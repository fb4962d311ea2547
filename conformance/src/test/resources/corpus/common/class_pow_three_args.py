# pow(x, y, m) with a class's own __pow__(self, other, mod); three-argument power never asks __rpow__


class Mod(object):
    def __init__(self, v):
        self.v = v

    def __pow__(self, other, mod=None):
        if mod is None:
            return Mod(self.v ** other)
        return Mod(pow(self.v, other, mod))

    def __rpow__(self, other):
        return Mod(other ** self.v)

    def __repr__(self):
        return 'Mod(%d)' % self.v


class Refuses(object):
    def __pow__(self, other, mod=None):
        return NotImplemented


class Plain(object):
    pass


print(pow(Mod(3), 4))
print(pow(Mod(3), 4, 5))
print(Mod(2) ** 10)
print(2 ** Mod(5))
print(pow(2, Mod(5)))
print(pow(Mod(7), 2, None))
for args in [(2, Mod(3), 5), (Plain(), 2, 3), (Refuses(), 2, 3), (2, 3, Plain()), (2.0, 3, 5), (2, 3.5, 5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print('TypeError: %s' % e)
try:
    Plain() ** 2
except TypeError as e:
    print('TypeError: %s' % e)
try:
    2 ** Plain()
except TypeError as e:
    print('TypeError: %s' % e)
print(pow(2, 10, 1000), pow(-3, 3, 7), pow(True, 5, 3))
