# Generator send(), close() and throw().
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration:
    print("accumulator finished")

def closable():
    try:
        while True:
            yield "tick"
    except GeneratorExit:
        print("got GeneratorExit")
        raise

c = closable()
print(next(c))
c.close()
c.close()
print("closed twice fine")

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught %s" % e)
            yield "recovered"

k = catcher()
print(next(k))
print(k.throw(ValueError("bad")))
print(next(k))

def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("echo saw %r" % received)

e = echo()
next(e)
e.send("a")
e.send("b")
e.close()
