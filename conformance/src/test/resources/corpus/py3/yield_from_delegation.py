# yield from: delegation, return values, send/throw passthrough.
def inner():
    received = yield "inner-1"
    print("inner got", received)
    yield "inner-2"
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield from range(3)
    yield from ["a", "b"]
    return "outer-done"

g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))

def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield "node%d" % depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)

print(list(tree(2)))

def catching():
    try:
        yield 1
    except KeyError:
        yield "handled KeyError"

def delegator():
    yield from catching()

d = delegator()
print(next(d))
print(d.throw(KeyError("k")))

def returns():
    x = yield from returns_value()
    yield x * 2

def returns_value():
    return 21
    yield

print(list(returns()))
