# A main-module name declared global in a function (the module then stores it with STORE_GLOBAL)
# owns its generator too; a generator whose name goes while it runs is closed when the next()
# that ran it is over, as that call's argument was the last reference.
def gen(name):
    global g
    try:
        yield 1
        if name == "self-deleting":
            del g
            print("deleted inside")
        yield 2
    finally:
        print("finally " + name)


def rebind():
    global g
    g = None


g = gen("declared global")
next(g)
rebind()
print("after rebind in a function")
g = gen("self-deleting")
next(g)
print(next(g))
print("after the next that deleted it")
g = gen("at exit")
next(g)
print("end")
