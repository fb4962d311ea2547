import sys

class Classic:
    def __init__(self, msg):
        self.msg = msg
    def __str__(self):
        return "Classic(%s)" % self.msg

class NewErr(Exception):
    pass

def attempt(thing):
    try:
        raise thing
    except (KeyError, IndexError), e:
        print "lookup-ish", type(e).__name__, e
    except Classic, c:
        print "classic instance", c.msg, c.__class__.__name__
    except NewErr, e:
        print >> sys.stderr, "to stderr:", e
        print "stdout after stderr"
    except TypeError, e:
        print "TypeError:", e

attempt(KeyError("k"))
attempt(IndexError(3))
attempt(Classic("old"))
attempt(NewErr("new"))
attempt(42)
attempt(object())
attempt(Classic)

try:
    raise ValueError, "two-arg form"
except ValueError, e:
    print "args", e.args

try:
    raise Classic, "constructed"
except Classic, c:
    print "classic built from", c.msg

def gen():
    yield "a"
    yield "b"

g = gen()
print g.next(), g.next()
try:
    g.next()
except StopIteration, e:
    print "stopped", repr(e)

try:
    try:
        raise NewErr("first")
    except NewErr:
        exc_type, exc_value, tb = sys.exc_info()
        print "exc_info", exc_type.__name__, exc_value
        raise exc_type, exc_value, tb
except NewErr, e:
    print "re-raised three-arg", e

print "%s|%r|%s" % (NewErr("x", 1), NewErr("y"), NewErr())
print "uncaught classic next"
raise Classic("escaped")
