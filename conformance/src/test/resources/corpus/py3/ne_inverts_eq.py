# 3.x: object.__ne__ inverts the class's own __eq__, so x != obj asks obj's __eq__ when x's side declines


class Money(object):
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Money):
            return self.v == other.v
        if isinstance(other, int):
            return self.v == other
        return NotImplemented

    __hash__ = None


m = Money(5)
print(m == 5, 5 == m, m != 5, 5 != m)
print(m != Money(5), m != Money(6), 'x' != m, m != 'x')
print([3] != [Money(3)], (Money(4),) != (4,), Money(1) not in [1, 2])


class Loud(object):
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print('  %s.__eq__' % self.name)
        return NotImplemented


class Plain(object):
    pass


print('==')
print(Loud('a') == Loud('b'))
print('!=')
print(Loud('a') != Loud('b'))
print('plain != loud')
print(Plain() != Loud('c'))


class OwnNe(Loud):
    def __ne__(self, other):
        print('  OwnNe.__ne__')
        return NotImplemented


print('own ne')
print(OwnNe('d') != Plain())
print(Money(2).__ne__(2), Money(2).__ne__('2'), object().__ne__(1))
