class Proxy(object):
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append("getattr " + name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("setattr " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append("delattr " + name)
        delattr(self._target, name)

class Thing(object):
    def __init__(self):
        self.a = 1

t = Thing()
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b)
del p.a
print(hasattr(t, "a"))
print(p._log)

class Spy(object):
    def __init__(self):
        self.hits = 0
        self.x = 5
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        if name == "magic":
            return "abracadabra"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name

s = Spy()
print(s.x)
print(s.magic)
print(s.nothing)
print(s.hits)

class Strict(object):
    def __getattr__(self, name):
        raise AttributeError("Strict has no %r" % name)
print(getattr(Strict(), "q", "dflt"))
Strict().missing_thing
