# Defaults, keywords, *args and **kwargs, and unpacking at the call site.
def f(a, b=2, *args, **kwargs):
    return "a=%r b=%r args=%r kwargs=%r" % (a, b, args, sorted(kwargs.items()))

print(f(1))
print(f(1, 3))
print(f(1, 3, 4, 5))
print(f(1, x=9))
print(f(b=7, a=8))
print(f(*[1, 2, 3]))
print(f(**{"a": 5, "z": 6}))
print(f(1, *(2, 3), **{"k": 4}))

def g(x, y, z):
    return x * 100 + y * 10 + z

print(g(1, 2, 3))
print(g(z=3, y=2, x=1))
print(g(1, z=3, y=2))
args = (4, 5)
print(g(9, *args))

def defaults(x, acc=[]):
    acc.append(x)
    return acc

print(defaults(1))
print(defaults(2))
print(defaults(3, []))

def only_star(*items):
    return len(items)

print(only_star())
print(only_star(1, 2, 3))

def only_kw(**opts):
    return sorted(opts)

print(only_kw(b=1, a=2))
try:
    g(1, 2)
except TypeError:
    print("TypeError for a missing argument")
try:
    g(1, 2, 3, 4)
except TypeError:
    print("TypeError for too many arguments")
