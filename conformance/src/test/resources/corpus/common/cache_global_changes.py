# Every way a module global or a builtin can change after a function first read it (pyvm caches
# what each LOAD_GLOBAL found, keyed by the dicts' versions).
try:
    import builtins
except ImportError:
    import __builtin__ as builtins

g = 1


def read():
    return g


def read_len():
    return len([1, 2, 3])


def read_name():
    return newname


print(read())
g = 2
print(read())
globals()["g"] = 3
print(read())
exec("g = 4")
print(read())
exec("g = 5", globals())
print(read())


def set_global(v):
    global g
    g = v


set_global(6)
print(read())
del g
try:
    read()
except NameError as e:
    print("NameError", e)
g = 7
print(read())

print(read_len())
len = lambda x: "shadowed"
print(read_len())
del len
print(read_len())
globals()["len"] = lambda x: "shadowed again"
print(read_len())
globals().pop("len")
print(read_len())

try:
    read_name()
except NameError as e:
    print("NameError", e)
builtins.newname = "from builtins"
print(read_name())
setattr(builtins, "newname", "setattr builtins")
print(read_name())
newname = "global wins"
print(read_name())
del newname
print(read_name())
del builtins.newname
try:
    read_name()
except NameError as e:
    print("NameError", e)

globals().update({"g": 8})
print(read())
globals().setdefault("g2", 9)


def read2():
    return g2


print(read2())
vars()["g"] = 10
print(read())

# the same instruction in a loop, the global changed between its runs
def loop():
    out = []
    for i in range(4):
        out.append(g)
        if i == 1:
            globals()["g"] = "changed in loop"
    return out


print(loop())


# one function's code run with two different globals
def make(scope):
    exec("def f():\n    return who\n", scope)
    return scope["f"]


f1 = make({"who": "scope one"})
f2 = make({"who": "scope two"})
print(f1(), f2(), f1(), f2())
