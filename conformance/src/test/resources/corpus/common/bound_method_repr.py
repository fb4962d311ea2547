# A bound method's repr shows the object through the object's own __repr__ (classic classes in 2.7 too)


class Account(object):
    def __init__(self, owner):
        self.owner = owner

    def deposit(self, amount):
        return amount

    @classmethod
    def open(cls, owner):
        return cls(owner)

    def __repr__(self):
        return 'Account(%r)' % self.owner


class Classic:
    def ping(self):
        return 'pong'

    def __repr__(self):
        return 'Classic()'


class Loud(Account):
    def __repr__(self):
        return 'Loud<' + Account.__repr__(self) + '>'


a = Account('ann')
print(repr(a.deposit))
print(a.deposit)
print([a.deposit, Loud('bob').deposit])
print(repr(Classic().ping))
print('%r' % (Loud('cy').open,))
m = a.deposit
print(m.__self__, m(5), m == a.deposit)
print(str(Account.open).split(' of ')[0])
