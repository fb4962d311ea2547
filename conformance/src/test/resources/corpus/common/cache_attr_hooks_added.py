# __getattr__, __getattribute__, __setattr__ and __delattr__ added to (or removed from) a class,
# or a base, after its instances were used: pyvm keeps these hooks in fields of the type.


class Base(object):
    pass


class C(Base):
    pass


c = C()
c.a = 1
print(c.a)
try:
    c.missing
except AttributeError as e:
    print("AttributeError", e)

Base.__getattr__ = lambda self, name: "getattr " + name
print(c.missing, c.a)
C.__getattr__ = lambda self, name: "C getattr " + name
print(c.missing)
del C.__getattr__
print(c.missing)
del Base.__getattr__
try:
    c.missing
except AttributeError as e:
    print("AttributeError", e)


def getattribute(self, name):
    if name == "a":
        return "intercepted"
    return object.__getattribute__(self, name)


Base.__getattribute__ = getattribute
print(c.a)
del Base.__getattribute__
print(c.a)

log = []


def setattr_hook(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value * 10)


C.__setattr__ = setattr_hook
c.b = 2
print(c.b, log)
del C.__setattr__
c.b = 3
print(c.b, log)
Base.__setattr__ = setattr_hook
c.d = 4
print(c.d, log)
del Base.__setattr__


def delattr_hook(self, name):
    log.append("del " + name)


C.__delattr__ = delattr_hook
del c.d
print(c.d, log)
del C.__delattr__
del c.d
print(hasattr(c, "d"))

# the same instruction in a loop, before and after the hook appears
class Loop(object):
    pass


out = []
obj = Loop()
for i in range(4):
    try:
        out.append(obj.zzz)
    except AttributeError:
        out.append("missing")
    if i == 1:
        Loop.__getattr__ = lambda self, name: i
print(out)
