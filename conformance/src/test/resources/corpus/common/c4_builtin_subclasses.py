# Programs' subclasses of builtin types: they are the builtin to every operation, with their own
# methods, overrides and attributes on top.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list))
print(s[1:3], type(s[1:3]).__name__, sum(s), sorted(s, reverse=True))
s.label = "stack"
print(s.label, s == [1, 2, 3, 4], s + [5])

class DefaultDict(dict):
    def __init__(self, default, *args, **kw):
        super(DefaultDict, self).__init__(*args, **kw)
        self.default = default
    def __missing__(self, key):
        self[key] = self.default()
        return self[key]

d = DefaultDict(list, a=[1])
d["b"].append(2)
d["a"].append(3)
print(sorted(d.items()), "b" in d, len(d), d.get("zz"))

class Loud(dict):
    def __setitem__(self, k, v):
        print("set %s=%s" % (k, v))
        dict.__setitem__(self, k, v)
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 10

l = Loud()
l["x"] = 4
print(l["x"], l.get("x"), dict(l))

class Money(int):
    def __new__(cls, cents, currency="EUR"):
        obj = super(Money, cls).__new__(cls, cents)
        obj.currency = currency
        return obj
    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)
    def __repr__(self):
        return "%d.%02d %s" % (int(self) // 100, int(self) % 100, self.currency)

m = Money(250) + Money(199)
print(repr(m), m * 2, type(m * 2).__name__, m > 400, m.currency, int(m))
print(repr(sum([Money(1), Money(2)], Money(0))))

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("ada")
print(n.shout(), n + "m", n == "ada", len(n), n[0], type(n[0]).__name__, "%s" % n, n.capitalize())
print({n: 1}["ada"], str(n) == n, type(str(n)).__name__)

class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return "Pair%s" % (tuple.__repr__(self),)
p = Pair(1, "x")
a, b = p
print(p, p.first, a, b, len(p), p == (1, "x"), hash(p) == hash((1, "x")))

class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
t = Tags([3])
t.add_all(1, 2)
print(sorted(t), 2 in t, len(t | set([9])))

class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32
print(Celsius(100).fahrenheit(), Celsius(1.5) + 1)

class Strict(list):
    def __len__(self):
        return 42
    def __iter__(self):
        return iter(["only"])
    def __contains__(self, x):
        return x == "magic"
st = Strict([1, 2])
print(len(st), list(st), "magic" in st, 1 in st, bool(Strict()))

class Bad(dict):
    pass
Bad()["missing"]
