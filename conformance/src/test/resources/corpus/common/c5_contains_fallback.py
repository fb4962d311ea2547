class WithContains(object):
    def __contains__(self, x):
        print("  __contains__(%r)" % (x,))
        return x % 2
    def __iter__(self):
        print("  never iterated")
        return iter([])

class WithIter(object):
    def __iter__(self):
        for v in (1, 2, 3, 4):
            print("  yield %d" % v)
            yield v

class WithGetitem(object):
    def __getitem__(self, i):
        print("  getitem %d" % i)
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]

class GetitemKeyError(object):
    def __getitem__(self, i):
        if i == 2:
            raise KeyError("stop?")
        return i

class Equalish(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  eq %r == %r" % (self.v, other))
        return self.v == other
    def __repr__(self):
        return "E(%r)" % (self.v,)

print(3 in WithContains())
print(4 in WithContains())
print(4 not in WithContains())
print(2 in WithIter())
print(9 in WithIter())
print("b" in WithGetitem())
print("z" not in WithGetitem())
print(list(WithGetitem()))
print(sorted(WithGetitem(), reverse=True))
print(Equalish(2) in [1, 2, 3])
print(5 in [Equalish(4), Equalish(5), Equalish(6)])
print(Equalish(1) in (Equalish(1),))
it = iter(WithGetitem())
print(next(it))
print(next(it))
print(list(it))
try:
    print(5 in GetitemKeyError())
except KeyError as e:
    print("KeyError escaped: %s" % e)
print(1 in GetitemKeyError())
print(7 in GetitemKeyError())
