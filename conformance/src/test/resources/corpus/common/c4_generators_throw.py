def worker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("worker handled %s" % e)
            n = 100
        except KeyError:
            print("worker got KeyError, stopping")
            return

w = worker()
print(next(w))
print(next(w))
print(w.throw(ValueError("reset")))
print(next(w))
try:
    w.throw(KeyError("k"))
except StopIteration:
    print("StopIteration after KeyError")

def unhandled():
    yield 1
    yield 2

u = unhandled()
next(u)
try:
    u.throw(IndexError("boom"))
except IndexError as e:
    print("propagated %s" % e)
print(list(u))

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator finally")

g = with_finally()
print(next(g))
g.close()
print("after close")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError: %s" % e)

def raiser():
    yield 1
    raise ValueError("inside generator")

for v in raiser():
    print(v)
