def inner(tag):
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("  %s handled %s" % (tag, e))
                x = 0
            if x is None:
                return total
            total += x
    finally:
        print("  %s finally" % tag)

def outer():
    first = yield from inner("one")
    print("  first returned", first)
    second = yield from inner("two")
    print("  second returned", second)
    return first + second

g = outer()
print(next(g))
print(g.send(5))
print(g.throw(ValueError("bad value")))
print(g.send(7))
print(g.send(None))
print(g.send(100))
try:
    g.send(None)
except StopIteration as stop:
    print("result", stop.value)

g = outer()
next(g)
g.send(3)
g.close()
print("closed outer")

def over_list():
    result = yield from [1, 2, 3]
    print("  list delegation returns", result)
    yield "after"

g = over_list()
print(next(g), next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("list iterator cannot take throw: %r" % e)

def passthrough():
    try:
        yield from inner("deep")
    except TypeError as e:
        print("  passthrough got", e)
        yield "rescued"

g = passthrough()
next(g)
print(g.throw(TypeError("typed")))

def leaf():
    yield 1
    raise LookupError("leaf failed")

def middle():
    yield from leaf()

def top():
    return (yield from middle())

g = top()
print(next(g))
next(g)
