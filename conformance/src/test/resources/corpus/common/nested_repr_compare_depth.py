# A repr, and a comparison of containers, count against the recursion limit as CPython's
# Py_EnterRecursiveCall does: nesting far past the limit is a RecursionError (2.7: RuntimeError),
# never a result, while nesting well within it works; the limit set by the program moves the line.
from __future__ import print_function
import sys


def nest(n, make):
    x = make(None)
    for i in range(n):
        x = make(x)
    return x


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r if not isinstance(r, str) else len(r))
    except RuntimeError as e:
        print(label, type(e).__name__ + ":", e)


for n in (10, 500, 900, 5000, 100000):
    attempt("list repr %d" % n, lambda: repr(nest(n, lambda x: [x])))
    attempt("tuple repr %d" % n, lambda: repr(nest(n, lambda x: (x,))))
    attempt("dict str %d" % n, lambda: str(nest(n, lambda x: {1: x})))
    attempt("list eq %d" % n, lambda: nest(n, lambda x: [x]) == nest(n, lambda x: [x]))
    attempt("list lt %d" % n, lambda: nest(n, lambda x: [x, 1]) < nest(n, lambda x: [x, 2]))
    attempt("dict eq %d" % n, lambda: nest(n, lambda x: {1: x}) == nest(n, lambda x: {1: x}))
    attempt("tuple ne %d" % n, lambda: nest(n, lambda x: (x,)) != nest(n, lambda x: (x,)))

cyclic = [1, 2]
cyclic.append(cyclic)
print(repr(cyclic), cyclic == cyclic)


class Node(object):
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "Node(%r)" % (self.child,)


attempt("instances 100", lambda: repr(nest(100, Node)))


def deep(k, n):
    if k == 0:
        return repr(nest(n, lambda x: [x]))
    return deep(k - 1, n)


attempt("deep 300 + 400", lambda: deep(300, 400))
attempt("deep 300 + 900", lambda: deep(300, 900))
sys.setrecursionlimit(4000)
attempt("limit 4000, list 2500", lambda: repr(nest(2500, lambda x: [x])))
attempt("limit 4000, eq 2500", lambda: nest(2500, lambda x: [x]) == nest(2500, lambda x: [x]))
attempt("limit 4000, list 9000", lambda: repr(nest(9000, lambda x: [x])))
