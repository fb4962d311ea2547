def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("got None")
            continue
        total += value

acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(-3))

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with %r" % (received,))
        raise

e = echo()
next(e)
e.send("a")
e.send("b")
e.close()
e.close()
try:
    next(e)
except StopIteration:
    print("exhausted after close")

def fresh():
    yield 1
f = fresh()
try:
    f.send(1)
except TypeError as err:
    print("TypeError sending to fresh generator")

def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        term = yield avg
        count += 1
        total += term
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 40]:
    print(a.send(v))
acc.send("x")
