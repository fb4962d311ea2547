# Generators: pipelines, send() into a coroutine-like generator, close() and GeneratorExit, throw().
from __future__ import print_function
def numbers(limit):
    print("numbers start")
    n = 0
    while n < limit:
        yield n
        n += 1
    print("numbers done")
def squares(src):
    for x in src:
        yield x * x
def only_even(src):
    for x in src:
        if x % 2 == 0:
            yield x
print(list(only_even(squares(numbers(7)))))
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except GeneratorExit:
            print("averager closing at count", count)
            raise
        if value is None:
            print("got None, resetting")
            total, count = 0.0, 0
            continue
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
a.send(None)
print(a.send(5))
a.close()
a.close()
try:
    a.send(1)
except StopIteration:
    print("send after close: StopIteration")
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("generator got", e)
        yield "recovered"
    finally:
        print("guarded finally")
g = guarded()
print(next(g), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("exhausted")
gen = numbers(2)
print(type(gen).__name__, next(gen), next(gen))
print(next(gen, "default after done"))
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    print("echo received", received)
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send("c")
except StopIteration:
    print("echo finished")
