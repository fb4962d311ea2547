class Idx(object):
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print("  __index__ -> %r" % (self.n,))
        return self.n

class Caller(object):
    count = 0
    def __call__(self, *args, **kw):
        Caller.count += 1
        return "called with %r %r" % (args, sorted(kw.items()))

class Factory(object):
    made = []
    def __init__(self, name):
        Factory.made.append(name)
        self.name = name
    def __call__(self, suffix):
        return Factory(self.name + suffix)

data = list("abcdefgh")
print(data[Idx(2)])
print(data[Idx(1):Idx(4)])
print(data[::Idx(3)])
print("xy" * Idx(3))
print([0] * Idx(2))
try:
    print(list(range(Idx(3))))
except TypeError as e:
    print("range TypeError: %s" % e)
for conv, arg in ((hex, 255), (bin, 5), (oct, 8)):
    try:
        print(conv(Idx(arg)))
    except TypeError as e:
        print("%s TypeError: %s" % (conv.__name__, e))
print((10, 20, 30)[Idx(-1)])

c = Caller()
print(c(1, 2, k=3))
print(c())
print(Caller.count)
print(callable(c))
print(callable(Caller))
print(callable(Idx(1)))
f = Factory("a")
g = f("b")("c")
print(g.name)
print(Factory.made)

for bad in ("2", 2.5, None):
    try:
        print(data[Idx(bad)])
    except TypeError as e:
        print("TypeError: %s" % e)

try:
    Idx(1)()
except TypeError as e:
    print("TypeError: %s" % e)

def apply(fn, x):
    return fn(x)

print(apply(Factory, "z").name)
print(apply(Idx(3), 4))
