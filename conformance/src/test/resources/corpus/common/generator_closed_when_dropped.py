# A generator that only one name holds is closed as soon as that name lets go of it (del, a new
# binding, the function's return, the program's end), running its finally there, as CPython's
# reference counting does; one held anywhere else too is not closed then.
import sys


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally " + name)


g = gen("del")
next(g)
del g
print("after del")
g = gen("rebind")
next(g)
g = None
print("after rebind")
g = gen("rebind to another")
next(g)
g = gen("second")
print("after rebind to another")
next(g)
del g
print("after second")


def local():
    g = gen("local at return")
    next(g)
    print("in local")
    return 5


print(local())
print("after local")


def local_del():
    g = gen("local del")
    next(g)
    next(g)
    del g
    print("after local del")


local_del()


def twice():
    a = gen("slot a")
    b = gen("slot b")
    next(b)
    next(a)
    print("in twice")


twice()
print("after twice")

keep = []


def kept():
    g = gen("kept in a list")
    next(g)
    keep.append(g)
    del g
    print("after del of kept")


kept()
h = gen("aliased")
next(h)
alias = h
del h
print("after del of aliased")


def returned():
    g = gen("returned")
    next(g)
    return g


r = returned()
print("after returned")
e = gen("exhausted")
next(e)
next(e)
try:
    next(e)
except StopIteration:
    print("stopped")
del e
print("after del of exhausted")
keep[0].close()
alias.close()
r.close()
print("escaped ones closed")
x = gen("at exit")
next(x)
print("end")
