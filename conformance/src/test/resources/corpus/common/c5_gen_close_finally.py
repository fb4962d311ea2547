def tracked(name, n):
    print("%s start" % name)
    try:
        for i in range(n):
            yield i
        print("%s exhausted" % name)
    finally:
        print("%s finally" % name)

g = tracked("g1", 5)
print(next(g))
print(next(g))
print(g.close())
print(g.close())
print(list(g))

g = tracked("g2", 3)
g.close()
print("closed before start, nothing printed")
print(list(g))

g = tracked("g3", 2)
print(list(g))
g.close()

def catches_exit():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("saw GeneratorExit")
        return

g = catches_exit()
next(g)
print(g.close())

def converts_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("instead of exit")

g = converts_exit()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised ValueError: %s" % e)

def nested_finally():
    try:
        try:
            yield "a"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

g = nested_finally()
next(g)
g.close()

def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        print("ignoring exit")
    yield "second"

g = stubborn()
print(next(g))
g.close()
