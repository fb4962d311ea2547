# A generator given, by throw(), the very exception its caller is handling, catches it and yields inside
# its except clause: the exception stays the generator's own across the yield (a bare raise after it
# re-raises it, sys.exc_info() shows it, a new exception is chained to it), whoever resumes it.
from __future__ import print_function
import sys


def current():
    return repr(sys.exc_info()[1])


def worker(log):
    while True:
        try:
            item = yield "ready"
            log.append("got %r" % (item,))
        except KeyError:
            log.append("handling " + current())
            answer = yield "handled"
            log.append("resumed with %r, handling %s" % (answer, current()))
            if answer == "reraise":
                raise
            if answer == "wrap":
                raise ValueError("wrapped")
        log.append("after except: " + current())


def drive(mode):
    log = []
    w = worker(log)
    print(next(w))
    try:
        raise KeyError(mode)
    except KeyError as exc:
        print("throw ->", w.throw(exc))
        print("caller still handling", current())
    print("caller after except", current())
    try:
        print("send ->", w.send(mode))
    except KeyError as e:
        print("re-raised KeyError", repr(e))
    except ValueError as e:
        print("ValueError", e, "context", repr(e.__context__) if hasattr(e, "__context__") else "n/a")
    for line in log:
        print("  log:", line)


for mode in ["reraise", "wrap", "carry on"]:
    print("==", mode)
    drive(mode)


def nested():
    try:
        yield 1
    except IndexError:
        try:
            yield 2
        except TypeError:
            yield "inner " + current()
        yield "outer again " + current()
    yield "done " + current()


g = nested()
print(next(g))
try:
    [][1]
except IndexError as exc:
    print(g.throw(exc))
    try:
        raise TypeError("t")
    except TypeError as inner:
        print(g.throw(inner))
print(next(g))
print(next(g))
print("end", current())
