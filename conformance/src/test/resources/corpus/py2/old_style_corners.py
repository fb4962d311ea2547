# Corners of 2.7's old-style classes and the print statement: super() refuses a classobj, an old-style
# __init__ returning a value gets instance_new's words, a bare raise with nothing to re-raise raises None
# (a TypeError), and print hands a str subclass to its own __str__.
import sys


class Base:
    def __init__(self):
        print "Base init"


class Child(Base):
    def __init__(self):
        super(Child, self).__init__()


try:
    Child()
except TypeError as e:
    print "TypeError:", e


class Returns:
    def __init__(self):
        return 1


class NewReturns(object):
    def __init__(self):
        return 1


for cls in (Returns, NewReturns):
    try:
        cls()
    except TypeError as e:
        print cls.__name__, "TypeError:", e


def reraise_nothing():
    raise


try:
    reraise_nothing()  # 2.7 keeps the last handled exception: this re-raises NewReturns' TypeError
except TypeError as e:
    print "again TypeError:", e
sys.exc_clear()
try:
    reraise_nothing()
except TypeError as e:
    print "after exc_clear TypeError:", e


class Shout(str):
    def __str__(self):
        return "SHOUT(" + str.__str__(self).upper() + ")"


class Quiet(str):
    pass


s = Shout("hello")
print s
print s, Quiet("quiet"), len(s)
print >>sys.stdout, s
print "%s|%r" % (s, Quiet("q"))
sys.stdout.write(s + "\n")
print [s]
print str(s), repr(s)
