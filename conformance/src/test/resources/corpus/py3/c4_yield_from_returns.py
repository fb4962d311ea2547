def child(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return f"child({n}) total={total}"

def parent():
    r1 = yield from child(2)
    print("r1 =", r1)
    r2 = yield from child(3)
    print("r2 =", r2)
    return [r1, r2]

g = parent()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(1))
print(g.send(2))
try:
    g.send(3)
except StopIteration as e:
    print("final:", e.value)

def catcher():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("catcher got", repr(e))
        return "handled"

def delegator():
    result = yield from catcher()
    yield f"after: {result}"

d = delegator()
print(next(d))
print(d.throw(KeyError("k")))

def closer():
    try:
        yield "c"
    finally:
        print("inner closed")

def outer():
    yield from closer()
o = outer()
print(next(o))
o.close()
def flat(x):
    if isinstance(x, list):
        for y in x:
            yield from flat(y)
    else:
        yield x
print(list(flat([1, [2, [3, [4]], 5]])))
def bad():
    yield from catcher()
    yield from 5
print(list(bad()))
