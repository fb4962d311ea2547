class Flag(object):
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called for %r" % (self.v,))
        return bool(self.v)
    __nonzero__ = __bool__

class Sized(object):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n

class Plain(object):
    pass

print(bool(Flag(0)))
print(bool(Flag("x")))
print(bool(Sized(0)))
print(bool(Sized(3)))
print(bool(Plain()))
if Flag([]):
    print("yes")
else:
    print("no")
print(Flag(1) and "and-result")
r = Flag(0) or "or-result"
print(r)
print(not Sized(2))
x = [Flag(0), Flag(2), Sized(0), Sized(1)]
print(len([o for o in x if o]))
print(any(Flag(i) for i in [0, 0, 5, 0]))
print(all(Sized(i) for i in [1, 2, 0, 3]))
while Sized(0):
    print("never")
print("done")

class Bad(object):
    def __bool__(self):
        return 2
    __nonzero__ = __bool__
try:
    bool(Bad())
except TypeError:
    print("TypeError from bad bool")

class NegLen(object):
    def __len__(self):
        return -1
bool(NegLen())
