# for loops over generators, which pyvm runs in the loop's own frame stack: every way a generator can
# leave (yield, return, exception, StopIteration raised inside, break in the loop) and be resumed later.
from __future__ import print_function
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    print("  count done", n)


def boom(n):
    for i in count(n):
        if i == 2:
            raise ValueError("boom at %d" % i)
        yield i * 10


def nested(n):
    for x in count(n):
        for y in count(x):
            yield (x, y)


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    for item in tree(depth - 1):
        yield item
    yield "node%d" % depth


def watcher():
    me = watched[0]
    for i in count(2):
        yield (i, me.gi_running, sys._getframe().f_back.f_code.co_name)


def keeps_finally():
    try:
        for i in count(5):
            yield i
    finally:
        print("  keeps_finally: finally ran")


print("plain", [x for x in count(3)], list(count(0)))
total = 0
for x in count(4):
    total += x
print("total", total)

try:
    for v in boom(5):
        print("got", v)
except ValueError as e:
    print("caught", e)

print("nested", list(nested(4)))
print("tree", list(tree(3)))

w = watcher()
watched = [w]
for item in w:
    print("watcher", item)

g = count(6)
for x in g:
    if x == 2:
        break
print("after break", next(g), next(g))
for x in g:
    print("rest", x)
try:
    next(g)
except StopIteration:
    print("exhausted")
for x in g:
    print("never", x)
print("second loop over an exhausted generator ran nothing")

k = keeps_finally()
for x in k:
    if x == 1:
        break
print("broke out of keeps_finally")
k.close()
print("closed")


def handler_state():
    try:
        raise KeyError("outer")
    except KeyError:
        for x in count(1):
            print("in loop, exc_info:", sys.exc_info()[0].__name__)
    print("after:", sys.exc_info()[0])


handler_state()


def deep(n):
    if n:
        for x in deep(n - 1):
            yield x + 1
    else:
        yield 0


print("deep", list(deep(50)))


def fails_late():
    yield 1
    yield 2
    {}["missing"]


def consume():
    out = []
    for x in fails_late():
        out.append(x)
    return out


consume()
