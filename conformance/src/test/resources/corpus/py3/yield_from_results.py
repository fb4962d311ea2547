# yield from: delegation, return values from subgenerators, send/throw forwarding, close.
def sub(n):
    received = []
    for i in range(n):
        x = yield f"sub{i}"
        received.append(x)
    return received
def delegator():
    r1 = yield from sub(2)
    print("first sub returned", r1)
    r2 = yield from sub(1)
    print("second sub returned", r2)
    return "delegator done"
g = delegator()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("StopIteration value:", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
t = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree(t)))
def catcher():
    while True:
        try:
            v = yield
            print("catcher got", v)
        except KeyError as e:
            print("catcher handled KeyError", e)
        except GeneratorExit:
            print("catcher closing")
            raise
def wrapper():
    yield from catcher()
w = wrapper()
next(w)
w.send(1)
w.throw(KeyError("k"))
w.send(2)
w.close()
def failing():
    yield 1
    raise ValueError("inside sub")
def outer_catch():
    try:
        yield from failing()
    except ValueError as e:
        yield f"outer caught {e}"
print(list(outer_catch()))
def counts():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def run():
    result = yield from counts()
    yield f"result {result}"
r = run()
print(next(r), r.send(5), r.send(7), r.send(None))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
