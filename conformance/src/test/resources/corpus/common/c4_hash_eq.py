class Key(object):
    def __init__(self, name, n):
        self.name = name
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __ne__(self, other):
        return not self.__eq__(other)
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return "Key(%s,%d)" % (self.name, self.n)

s = set()
s.add(Key("abc", 1))
s.add(Key("ABC", 2))
s.add(Key("xyz", 3))
print(len(s))
print(sorted(k.name for k in s))
print(Key("Abc", 0) in s)
d = {}
d[Key("one", 1)] = "first"
d[Key("ONE", 2)] = "second"
print(len(d))
print(list(d.values()))
print(list(d.keys())[0].n)

class Unhashable(object):
    def __eq__(self, other):
        return True
    __hash__ = None

u = Unhashable()
print(u == 5)
try:
    hash(u)
except TypeError:
    print("unhashable ok")

class Ident(object):
    pass
i1 = Ident()
i2 = Ident()
print(i1 == i2)
print(len(set([i1, i2, i1])))
print(hash(i1) == hash(i1))
frozen = frozenset([Key("q", 1), Key("Q", 2)])
print(len(frozen))
{u: 1}
