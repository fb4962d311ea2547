class CM(object):
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit %s clean" % self.name)
        else:
            print("exit %s with %s(%s)" % (self.name, exc_type.__name__, exc))
        return self.suppress

with CM("a") as v:
    print("body " + v)

with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught %r" % (e,))

with CM("outer", True) as o:
    with CM("inner") as i:
        print(o + i)
        1 / 0
    print("not reached")
print("after nested")

with CM("x") as x, CM("y", True) as y:
    print(x + y)
    raise RuntimeError("multi")
print("after multi")

def f():
    with CM("ret"):
        return "returned"
print(f())

for n in range(3):
    with CM("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body")

with CM("final"):
    raise IndexError("escapes")
