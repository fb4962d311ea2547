# 2.7 classic classes as exceptions: matching by base, exc_info, re-raising through finally and bare raise
import sys

class Base:
    def __init__(self, *args):
        self.args = args

class Derived(Base):
    def __str__(self):
        return "Derived%r" % (self.args,)

def check(thing, *extra):
    try:
        if extra:
            raise thing, extra[0]
        raise thing
    except (KeyError, Base), e:
        t, v, tb = sys.exc_info()
        print "caught", e.__class__.__name__, e.args, t is e.__class__, v is e, tb is not None

check(Derived(1, 2))
check(Base)
check(Derived, (3, 4))
check(Derived, 5)
d = Derived("same")
check(Derived, d)
check(KeyError("k"))

def through_finally():
    try:
        try:
            raise Derived("inner")
        finally:
            print "finally runs"
    except Base, e:
        print "after finally:", e

through_finally()

def bare_reraise():
    try:
        try:
            raise Derived("again")
        except Derived:
            print "handling, re-raising"
            raise
    except Derived, e:
        print "outer got", str(e)

bare_reraise()

def in_generator():
    yield 1
    raise Derived("from generator")

try:
    for x in in_generator():
        print "yielded", x
except Base, e:
    print "generator raised", e

try:
    raise Base()
except Derived:
    print "wrong: Base is not a Derived"
except Base:
    print "Base matched only its own clause"

print "uncaught next"
raise Derived("end", 1)
