# Keyword-only parameters, bare *, defaults and errors.
def f(a, *, b, c=3):
    return (a, b, c)

def g(*args, sep="-", end="!"):
    return sep.join(str(a) for a in args) + end

def h(a, b=2, *rest, flag=False, **extra):
    return a, b, rest, flag, sorted(extra.items())

print(f(1, b=2))
print(f(1, c=9, b=8))
print(g(1, 2, 3))
print(g(1, 2, sep="+", end="?"))
print(h(1))
print(h(1, 5, 6, 7, flag=True, z=1, y=2))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
print(f.__kwdefaults__)
print(f.__code__.co_kwonlyargcount)
print(h.__defaults__)
lam = lambda x, *, y=10: x + y
print(lam(1), lam(1, y=2))
print(sorted(f.__code__.co_varnames))
