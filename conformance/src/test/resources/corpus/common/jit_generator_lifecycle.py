# Generators that run long enough for pyvm to compile them part-way through their life: the value
# stack kept across yields, send(), throw() and close() at a yield, frames seen while suspended,
# a loop's own generator closed when the loop is left.
from __future__ import print_function
import sys


def counter(n):
    total = 0
    for i in range(n):
        got = yield total
        if got is not None:
            total += got
        total += i
    yield "done"


def stacked(n):
    # a yield inside an expression: values under it on the stack stay across the suspension
    for i in range(n):
        x = (i, (yield i * 2), i + 1)
        if i % 700 == 0:
            print("stacked", x)


def guarded(n):
    seen = 0
    for i in range(n):
        try:
            yield i
        except KeyError as e:
            seen += 1
            yield "caught %s %d" % (e, seen)
    yield "guarded end"


def tidy(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("tidy finally")


def where(n):
    for i in range(n):
        yield i


g = counter(3000)
print(next(g))
for k in range(2500):
    v = g.send(k % 3)
print("after sends", v)
s = 0
for v in g:
    if v == "done":
        break
    s += v
print("counter", s)

st = stacked(2000)
acc = 0
for v in st:
    acc += v
print("stacked acc", acc)

gd = guarded(3000)
out = []
for k in range(2000):
    out.append(next(gd))
print(out[-1], gd.throw(KeyError("x")), next(gd))
print(sum(1 for _ in gd))

for v in tidy(5000):
    if v == 4000:
        break
print("after break")

t = tidy(3000)
for k in range(2500):
    next(t)
t.close()
print("closed")

w = where(3000)
for k in range(2000):
    next(w)
print("suspended at line", w.gi_frame.f_lineno)

print(sum(x * x for x in range(5000)))
print(sorted(set(y % 7 for y in (x * 3 for x in range(4000)))))


def nested(n):
    for a in counter(n):
        if a == "done":
            return
        yield a


print(sum(nested(2000)))
try:
    gd2 = guarded(10)
    next(gd2)
    gd2.throw(ValueError("not caught"))
except ValueError as e:
    print("escaped", e)


def filtered(n, fail_at):
    # its own loop runs long between yields: it moves into compiled code while a for loop runs it
    for i in range(n):
        if i == fail_at:
            raise IndexError("failed at %d" % i)
        if i % 1500 == 1499:
            yield i


def consume(n, fail_at):
    got = []
    for v in filtered(n, fail_at):
        got.append(v)
    return got


print(consume(9000, -1))
try:
    consume(9000, 7000)
except IndexError as e:
    print("raised through the loop:", e)
print(consume(9000, -1)[-1])
