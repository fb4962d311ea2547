# with statements over user context managers: enter/exit order, suppression, nesting.
class Tracker(object):
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter %s" % self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit %s cleanly" % self.name)
        else:
            print("exit %s with %s(%s)" % (self.name, exc_type.__name__, exc))
        return self.suppress

with Tracker("a") as value:
    print("body got %s" % value)

with Tracker("outer"):
    with Tracker("inner") as v:
        print("nested body %s" % v)

with Tracker("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Tracker("loud"):
        raise KeyError("k")
except KeyError:
    print("propagated KeyError")

def returns_inside():
    with Tracker("ret"):
        return "value from with"

print(returns_inside())

for i in range(3):
    with Tracker("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body %d" % i)
