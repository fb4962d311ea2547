from __future__ import print_function, division


class LoanError(ValueError):
    pass


class Loan(object):
    def __init__(self, principal, annual_rate, years, per_year=12):
        if principal <= 0 or years <= 0:
            raise LoanError('principal and term must be positive: %r, %r' % (principal, years))
        if not 0 <= annual_rate < 1:
            raise LoanError('rate %r is not a fraction below 1' % (annual_rate,))
        self.principal = principal
        self.rate = annual_rate / per_year
        self.n = years * per_year

    @property
    def payment(self):
        if self.rate == 0:
            return self.principal / self.n
        growth = (1 + self.rate) ** self.n
        return self.principal * self.rate * growth / (growth - 1)

    def schedule(self):
        balance = self.principal
        for k in range(1, self.n + 1):
            interest = balance * self.rate
            principal_part = self.payment - interest
            balance -= principal_part
            yield k, interest, principal_part, max(balance, 0.0)

    def total_interest(self):
        return sum(i for _, i, _, _ in self.schedule())


loan = Loan(250000, 0.045, 30)
print('monthly payment %r -> %.2f' % (loan.payment, loan.payment))
for k, interest, princ, bal in loan.schedule():
    if k in (1, 2, 12, 120, 359, 360):
        print('%3d interest %9.2f principal %9.2f balance %12.2f' % (k, interest, princ, bal))
print('total interest %.2f' % loan.total_interest())
for rate in (0.0, 0.03, 0.0699, 0.12):
    l = Loan(10000, rate, 5)
    print('rate %-6r payment %r' % (rate, l.payment))
print('growth factors', [(1 + r / 100) ** 10 for r in range(1, 8)])
print('rule of 72 check', [round(72 / r, 2) for r in (2, 6, 9)], [(1 + r / 100) ** (72 / r) for r in (2, 6, 9)])
print('roots', [2 ** (1 / n) for n in range(2, 7)], 10.0 ** 23, 10.0 ** -5, 1.1 ** 284)
for bad in ((0, 0.05, 10), (1000, 1.5, 10), (1000, -0.01, 3)):
    try:
        Loan(*bad)
    except LoanError as e:
        print('LoanError:', e)
print(Loan(5000, 0.05, 2).payment, Loan(1, 0.99, 1, per_year=1).payment)
Loan(100, 0.05, 0)
