class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f'insufficient funds: {self.balance} < {amount}')
        self.balance -= amount
        return self.balance
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except ValueError:
        log = None
        log.append('failed transfer')
    dst.balance += amount
a = Account('ann', 100)
b = Account('bob')
transfer(a, b, 30)
print(a.balance, b.balance)
transfer(a, b, 500)
