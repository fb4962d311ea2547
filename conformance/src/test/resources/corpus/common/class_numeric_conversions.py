# int(), float(), complex() and the unary operators on a class's own conversion methods; __class__ reassignment


class Num(object):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __complex__(self):
        return complex(self.v, 1)

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return self

    def __abs__(self):
        return Num(abs(self.v))

    def __invert__(self):
        return 'inverted'

    def __repr__(self):
        return 'Num(%r)' % (self.v,)


class BadComplex(object):
    def __complex__(self):
        return 5


class Plain(object):
    pass


class Other(object):
    pass


n = Num(2.5)
print(int(n), float(n), complex(n), complex(n, 2), -n, +n, abs(Num(-3)), ~n)
for label, f in [('bad complex', lambda: complex(BadComplex())), ('int', lambda: int(Plain())),
                 ('float', lambda: float(Plain())), ('complex', lambda: complex(Plain())),
                 ('abs', lambda: abs(Plain())), ('neg', lambda: -Plain())]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError:', e)
p = Plain()
p.__class__ = Other
print(type(p).__name__, isinstance(p, Other), isinstance(p, Plain))
for target in (int, 5):
    try:
        p.__class__ = target
    except TypeError as e:
        print('TypeError:', e)
