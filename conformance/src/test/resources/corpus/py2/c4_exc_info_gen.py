import sys

def gen():
    try:
        yield 1
        yield 2
    except ValueError, e:
        print "gen caught", e, sys.exc_info()[0].__name__
        yield 99
    finally:
        print "gen finally"

g = gen()
print g.next()
print g.throw(ValueError, "thrown")
try:
    g.next()
except StopIteration:
    print "done"

def handler():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            print sys.exc_info()[0].__name__
        print sys.exc_info()[0].__name__

handler()
print sys.exc_info()[0].__name__
sys.exc_clear()
print sys.exc_info()

class Res:
    def __enter__(self):
        print "enter"
        return self
    def __exit__(self, t, v, tb):
        print "exit", t, v
        return t is KeyError

with Res():
    raise KeyError, "suppressed"
with Res() as r:
    print r.__class__.__name__
g2 = gen()
g2.next()
g2.throw(TypeError, "unhandled in gen")
