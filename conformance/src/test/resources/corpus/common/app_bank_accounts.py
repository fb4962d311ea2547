from __future__ import print_function


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        Exception.__init__(self, account.owner, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return "%s cannot withdraw %.2f (balance %.2f)" % (
            self.account.owner, self.amount, self.account.balance)


class Account(object):
    _next_id = 1000
    rate = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        Account._next_id += 1
        self.number = Account._next_id

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance for %r" % self.owner)
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive, got %r" % (amount,))
        self.balance += amount
        self.history.append(('dep', amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('wd', amount))
        return self

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        if interest:
            self.deposit(interest)
        return interest

    def __repr__(self):
        return "%s(%r, %d, balance=%.2f)" % (type(self).__name__, self.owner, self.number, self.balance)

    def __lt__(self, other):
        return (self.balance, self.owner) < (other.balance, other.owner)

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    def __hash__(self):
        return hash(self.number)


class Savings(Account):
    rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == 'wd']) >= 2:
            raise RuntimeError("savings: withdrawal limit reached for " + self.owner)
        return super(Savings, self).withdraw(amount)


class Checking(Account):
    fee = 1.5

    def withdraw(self, amount):
        return Account.withdraw(self, amount + self.fee)


bank = [Savings("alice", 1200), Checking("bob", 300), Savings("carol", 50), Checking("dave")]
for acct in bank:
    print(acct)

ops = [("alice", "withdraw", 100), ("bob", "withdraw", 298.5), ("bob", "withdraw", 1),
       ("carol", "deposit", -5), ("dave", "deposit", 20.25), ("alice", "withdraw", 50),
       ("alice", "withdraw", 10), ("eve", "deposit", 10), ("carol", "withdraw", 50)]
by_owner = dict((a.owner, a) for a in bank)
for owner, op, amount in ops:
    try:
        acct = by_owner[owner]
        getattr(acct, op)(amount)
    except InsufficientFunds as e:
        print("refused:", e, "| args:", e.args)
    except (ValueError, RuntimeError) as e:
        print("error %s: %s" % (type(e).__name__, e))
    except KeyError as e:
        print("no account", e, repr(e))
    else:
        print("ok %-6s %-8s %8.2f -> %10.2f" % (owner, op, amount, acct.balance))

for acct in bank:
    print("%-6s interest %6.2f" % (acct.owner, acct.month_end()))

print(sorted(bank))
print(max(bank).owner, min(bank).owner)
print(len(set(bank + bank[:2])))
print(bank[0] == by_owner["alice"], bank[0] != bank[1], bank[0] == "alice")
print([h for a in bank for h in a.history])
total = sum(a.balance for a in bank)
print("total {0:,.2f} across {1} accounts".format(total, len(bank)))
print("{:>10}|{:^10}|{:<10}|".format("right", "mid", "left"))
bank[1].balance = -1
