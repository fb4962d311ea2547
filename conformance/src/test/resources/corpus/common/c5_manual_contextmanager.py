class GenCM(object):
    """A hand-written version of contextlib.contextmanager."""
    def __init__(self, func, *args):
        self.gen = func(*args)
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield")
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if v is None:
            v = t()
        try:
            self.gen.throw(t, v, tb)
        except StopIteration as exc:
            return exc is not v
        except BaseException as exc:
            if exc is v:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

def suppressing(kind):
    try:
        yield
    except kind as e:
        print("suppressed %s: %s" % (kind.__name__, e))

def converting():
    try:
        yield
    except KeyError as e:
        raise ValueError("converted %s" % e)

def twice():
    yield 1
    yield 2

def never():
    if False:
        yield

with GenCM(tag, "b") as t:
    with GenCM(tag, "i"):
        print("text " + t)

with GenCM(suppressing, ZeroDivisionError):
    print(1 // 0)
print("continued")

try:
    with GenCM(converting):
        {}["missing"]
except ValueError as e:
    print("got ValueError: %s" % e)

for f in (twice, never):
    try:
        with GenCM(f):
            pass
    except RuntimeError as e:
        print("RuntimeError: %s" % e)

with GenCM(tag, "p"):
    with GenCM(suppressing, KeyError):
        raise AttributeError("not suppressed")
