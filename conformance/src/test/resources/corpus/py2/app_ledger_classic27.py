# An old-style (classic class) ledger in 2.7 idiom
import sys


class LedgerError:
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return 'LedgerError: ' + self.msg


class Entry:
    def __init__(self, day, desc, cents):
        self.day, self.desc, self.cents = day, desc, cents

    def __cmp__(self, other):
        return cmp((self.day, -self.cents), (other.day, -other.cents))

    def __repr__(self):
        return 'Entry(%d, %r, %d)' % (self.day, self.desc, self.cents)

    def __coerce__(self, other):
        return None


class Ledger:
    def __init__(self, name):
        self.name = name
        self.entries = []

    def add(self, day, desc, amount):
        if not 1 <= day <= 31:
            raise LedgerError('day %d out of range' % day)
        cents = int(round(amount * 100))
        self.entries.append(Entry(day, desc, cents))

    def __len__(self):
        return len(self.entries)

    def __getitem__(self, i):
        return self.entries[i]

    def __iter__(self):
        return iter(sorted(self.entries))

    def balance(self, upto=31):
        return sum([e.cents for e in self.entries if e.day <= upto], 0L)

    def fmt(self, cents):
        sign = cents < 0 and '-' or ''
        whole, frac = divmod(abs(cents), 100)
        return '%s$%d.%02d' % (sign, whole, frac)

    def statement(self):
        print '=' * 40
        print '%-20s%20s' % (self.name, 'statement')
        print '-' * 40
        running = 0
        for e in self:
            running += e.cents
            print '%2d  %-18s %8s %9s' % (e.day, e.desc[:18], self.fmt(e.cents), self.fmt(running))
        print '-' * 40
        print '%-28s %11s' % ('closing balance', self.fmt(running))


book = Ledger('Household')
for day, desc, amount in [(1, 'salary', 2500), (3, 'rent', -1200.5), (3, 'coffee beans', -14.99),
                          (12, 'electricity and gas bill', -87.3), (15, 'refund', 19.99),
                          (40, 'bogus', 1), (28, 'groceries', -210.45), (28, 'bonus', 300)]:
    try:
        book.add(day, desc, amount)
    except LedgerError, e:
        print 'rejected:', e, '|', e.msg
book.statement()
print len(book), book[0], book[-1]
print [e.day for e in book], book.balance(), type(book.balance()), book.balance(10)
print sorted(book)[0] < sorted(book)[1], max(book), min(book)
print isinstance(book, Ledger), type(book), Ledger.__name__, hasattr(Ledger, '__dict__')
print 7 / 2, -7 / 2, 7 // 2.0, 2 ** 62 * 4, 10L / 3, sys.maxint + 1
print '%s %r %d' % (10L, 10L, 10L), str(2 ** 64), repr(2 ** 64), long('123'), int('9' * 20)
total = 0
for i in xrange(3):
    total += book[i].cents
print total, dict.fromkeys('ab', 0).keys(), zip('ab', range(2)), map(None, [1, 2], 'x')
print book.entries[0] == Entry(1, 'salary', 250000), cmp(book[1], book[2]), book[0] is book[0]
try:
    raise LedgerError('manual')
except LedgerError:
    t, v, tb = sys.exc_info()
    print t.__name__, v, tb is not None
raise LedgerError('closing the books failed')
