class Counter(object):
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.items.append(name)

a = Counter("a")
b = Counter("b")
print(Counter.count)
print(a.count)
print(b.items)
a.count = 100
print(a.count)
print(b.count)
print(Counter.count)
del a.count
print(a.count)
print(sorted(a.__dict__.keys()))
print("count" in Counter.__dict__)
print(hasattr(a, "name"))
print(hasattr(a, "missing"))
print(getattr(a, "missing", "default"))
setattr(b, "extra", 42)
print(b.extra)
delattr(b, "extra")
print(hasattr(b, "extra"))
Counter.shared = "new"
print(a.shared)
print(b.shared)
a.items = ["own"]
print(a.items)
print(b.items)
print(Counter.items is b.items)
class Sub(Counter):
    count = 50
s = Sub("s")
print(Sub.count)
print(Counter.count)
print(Counter.items)
print(b.nope)
