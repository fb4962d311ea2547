class Tracker(object):
    def __init__(self, name, result=None, fail=None):
        self.name = name
        self.result = result
        self.fail = fail
    def __enter__(self):
        print("enter %s" % self.name)
        return self.name + "!"
    def __exit__(self, t, v, tb):
        print("exit %s got %s" % (self.name, t.__name__ if t else None))
        if self.fail:
            raise self.fail
        return self.result

with Tracker("outer"):
    with Tracker("middle", result=1):
        with Tracker("inner") as name:
            print("body " + name)
            raise IndexError("deep")
    print("after middle")

for truthy in (0, "", "yes", [], [0], None):
    try:
        with Tracker("t", result=truthy):
            raise ValueError("x")
        print("suppressed by %r" % (truthy,))
    except ValueError:
        print("propagated past %r" % (truthy,))

def loop_exits():
    out = []
    for i in range(4):
        with Tracker("loop%d" % i):
            if i == 1:
                continue
            if i == 3:
                return out
            out.append(i)
        out.append("after%d" % i)
    return out

print(loop_exits())

try:
    with Tracker("a"):
        with Tracker("b", fail=KeyError("from exit b")):
            raise ValueError("body")
except KeyError as e:
    print("outer saw KeyError %s" % e)

try:
    with Tracker("c", result=True):
        with Tracker("d", fail=TypeError("exit d")):
            print("clean body")
    print("c swallowed the TypeError")
except TypeError:
    print("not reached")

def open_both():
    with Tracker("first"):
        with Tracker("second", fail=LookupError("second exit")):
            return "returned"

print(open_both())
