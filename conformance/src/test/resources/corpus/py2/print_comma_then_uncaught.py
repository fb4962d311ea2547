# The line a trailing-comma print left open is ended before the traceback of an uncaught exception.
def fail(n):
    print "failing", n,
    raise ValueError("bad %d" % n)


print "start",
fail(3)
