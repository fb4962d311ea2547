class Recorder(object):
    log = []
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        Recorder.log.append("enter:" + self.tag)
        return self
    def __exit__(self, t, v, tb):
        Recorder.log.append("exit:%s:%s" % (self.tag, t.__name__ if t else None))
        if t is not None and issubclass(t, LookupError):
            return True
        return None

with Recorder("a"), Recorder("b"), Recorder("c"):
    Recorder.log.append("body")
print(Recorder.log)
Recorder.log = []

with Recorder("a"), Recorder("b"):
    {}["missing"]
print(Recorder.log)
Recorder.log = []

try:
    with Recorder("a"):
        raise TypeError("t")
except TypeError:
    Recorder.log.append("handled")
print(Recorder.log)
Recorder.log = []

class BadEnter(object):
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("should not run")

try:
    with Recorder("a"), BadEnter():
        print("no body")
except ValueError as e:
    print("ValueError: %s" % e)
print(Recorder.log)

class ExitRaises(object):
    def __enter__(self):
        return 7
    def __exit__(self, t, v, tb):
        raise RuntimeError("exit raised while handling %s" % (t.__name__ if t else "nothing"))

try:
    with ExitRaises() as n:
        print(n)
except RuntimeError as e:
    print(e)

with ExitRaises():
    [][0]
