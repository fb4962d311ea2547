class Base(object):
    count = 0
    items = []
    label = "base"
    def add(self, x):
        self.items.append(x)
        self.count += 1
        return self

class Child(Base):
    label = "child"

a = Base()
b = Base()
a.add(1)
b.add(2).add(3)
print(Base.items, Base.count)
print(a.count, b.count)
print("count" in a.__dict__, "items" in a.__dict__)
Base.count = 100
print(a.count, Base().count)
del a.count
print(a.count)

c = Child()
print(c.label, Child.label, Base.label)
del Child.label
print(c.label)
c.label = "own"
Child.label = "class again"
print(c.label, Child().label)
Base.items = ["fresh"]
print(c.items, a.items)
a.items = a.items + ["copy"]
print(a.items, Base.items)

def method(self):
    return "patched " + self.label
Base.describe = method
print(c.describe())
c.describe = lambda: "instance lambda"
print(c.describe())
print(Child.describe(c))

class Counter(object):
    total = 0
    def __init__(self):
        type(self).total += 1

class SubCounter(Counter):
    pass

Counter(); Counter(); SubCounter(); SubCounter(); SubCounter()
print(Counter.total, SubCounter.total)
print("total" in SubCounter.__dict__)

try:
    del c.nothing
except AttributeError as e:
    print("AttributeError: %s" % e)
try:
    del b.count
    del b.count
except AttributeError as e:
    print("AttributeError: %s" % e)
print(Child.missing)
