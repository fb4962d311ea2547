# Class vs instance attributes, __dict__, __getattr__, __setattr__ and __slots__.
class Counter(object):
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances

class Dyn(object):
    def __getattr__(self, name):
        return "dyn_" + name

class Logged(object):
    def __setattr__(self, name, value):
        print("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)

class Point(object):
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

for _ in range(3):
    Counter()
print(Counter.instances)
c = Counter()
print(c.id)
print(sorted(c.__dict__.items()))
c.instances = 99
print(Counter.instances)
print(c.instances)
d = Dyn()
print(d.anything)
d.real = 1
print(d.real)
lg = Logged()
lg.a = 5
print(lg.a)
p = Point(1, 2)
print(p.x + p.y)
try:
    p.z = 3
except AttributeError:
    print("no z slot")
print(hasattr(p, "__dict__"))
delattr(c, "instances")
print(c.instances)
