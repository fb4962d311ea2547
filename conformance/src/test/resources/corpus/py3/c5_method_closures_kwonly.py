class Account:
    def __init__(self, owner, *, limit=100, currency="EUR"):
        self.owner = owner
        self.limit = limit
        self.currency = currency
        self.history = []

    def make_spender(self):
        spent = 0
        def spend(amount, *, note=""):
            nonlocal spent
            if spent + amount > self.limit:
                raise ValueError("%s over limit by %d" % (self.owner, spent + amount - self.limit))
            spent += amount
            self.history.append((amount, note))
            return spent
        def reset():
            nonlocal spent
            old, spent = spent, 0
            return old
        return spend, reset

    def transfer(self, other, amount, *, fee, reason="none"):
        return "%s -> %s: %d + %d (%s)" % (self.owner, other.owner, amount, fee, reason)

a = Account("ann", limit=50)
b = Account("bob")
spend, reset = a.make_spender()
print(spend(10), spend(20, note="lunch"))
try:
    spend(30)
except ValueError as e:
    print("ValueError:", e)
print(reset(), spend(45))
print(a.history)
print(a.transfer(b, 5, fee=1))
print(a.transfer(b, 5, reason="gift", fee=0))

def swap_class(cls):
    class Wrapped(cls):
        def __repr__(self):
            return "Wrapped<%s>" % cls.__name__
    Wrapped.original = cls
    return Wrapped

def to_factory(cls):
    def make(*args, **kw):
        obj = cls(*args, **kw)
        obj.made_by_factory = True
        return obj
    make.cls = cls
    return make

@swap_class
class Thing:
    pass

@to_factory
@swap_class
class Gadget:
    def __init__(self, *, size):
        self.size = size

print(Thing(), Thing.__name__, Thing.original.__name__)
gd = Gadget(size=3)
print(gd, gd.size, gd.made_by_factory, type(Gadget).__name__)

for call in (lambda: a.transfer(b, 5),
             lambda: a.transfer(b, 5, 1),
             lambda: Account("x", 10),
             lambda: spend(1, "note"),
             lambda: Gadget(3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
a.transfer(b, 1, fee=2, colour="red")
