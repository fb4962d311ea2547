def parse(items):
    for it in items:
        try:
            yield int(it)
        except ValueError:
            print("skip %r" % (it,))

print(list(parse(["1", "x", "3", "", "5"])))

def guarded(gen):
    try:
        for v in gen:
            yield v
    except ZeroDivisionError as e:
        print("guarded caught")
        yield -1

def divs():
    for d in [2, 1, 0, 4]:
        yield 12 // d

print(list(guarded(divs())))

def ret_early(n):
    for i in range(n):
        if i == 2:
            return
        yield i
print(list(ret_early(10)))

def gen_finally(log):
    try:
        for i in range(3):
            yield i
    finally:
        log.append("cleanup")

log = []
for v in gen_finally(log):
    if v == 1:
        break
print(log)
log2 = []
gf = gen_finally(log2)
next(gf)
gf.close()
print(log2)

def running():
    yield g.send(None)
g = running()
try:
    next(g)
except ValueError as e:
    print("ValueError: generator already executing")

def outer():
    for v in inner():
        yield v * 10
def inner():
    yield 1
    yield 2
    raise KeyError("inner failed")
print(next(outer()))
for v in outer():
    print(v)
