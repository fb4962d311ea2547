# A generator resumed when the recursion limit is reached: the RecursionError (2.7: RuntimeError) comes from
# the resume itself, and what the generator does afterwards is CPython's, not "already executing".
from __future__ import print_function
import sys

LIMIT_ERROR = RecursionError if sys.version_info[0] >= 3 else RuntimeError


def counter():
    n = 0
    while True:
        n += 1
        yield n


def loop_over(it):
    for x in it:
        return x


def probe(how, resume):
    state = {"at_resume": False}

    def deep(n, g):
        if n == 0:
            try:
                return resume(g)
            except LIMIT_ERROR:
                state["at_resume"] = True
                raise
        return deep(n - 1, g)

    for depth in range(200):
        g = counter()
        next(g)  # started and suspended, at a shallow depth
        try:
            deep(depth, g)
        except LIMIT_ERROR as e:
            if state["at_resume"]:
                print(how, "resume failed:", type(e).__name__, str(e)[:40])
                try:
                    print(how, "after:", next(g))
                except StopIteration:
                    print(how, "after: StopIteration (the generator is finished)")
                except ValueError as e:
                    print(how, "after: ValueError", e)
                return
    print(how, "never failed at the resume")


sys.setrecursionlimit(60)
probe("next", next)
probe("send", lambda g: g.send(None))
probe("for", loop_over)
print("done")
