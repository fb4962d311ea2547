class Version(object):
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __ne__(self, o):
        r = self.__eq__(o)
        if r is NotImplemented:
            return r
        return not r
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)

vs = [Version("1.10"), Version("1.2"), Version("0.9.9"), Version("1.2.0")]
print(sorted(vs))
print(max(vs))
print(min(vs))
print(Version("1.2") == Version("1.2"))
print(Version("1.2") != Version("1.3"))
print(Version("1.2") < Version("1.10"))
print(Version("2") >= Version("1.99"))
print(Version("1") == "1")
print(Version("1") != "1")
print(Version("1.0") <= Version("1"))

class Rev(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("Rev.__lt__")
        return self.v > o.v
    def __gt__(self, o):
        print("Rev.__gt__")
        return self.v < o.v
print(Rev(1) < Rev(2))
print(Rev(1) > Rev(2))
print([r.v for r in sorted([Rev(3), Rev(1), Rev(2)])])
print(Version("1") in [Version("0"), Version("1.0"), Version("1")])
