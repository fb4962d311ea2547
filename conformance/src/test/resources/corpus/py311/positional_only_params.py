# Positional-only parameters with /, mixed with keyword-only ones.
def f(a, b, /, c, *, d=4):
    return (a, b, c, d)

print(f(1, 2, 3))
print(f(1, 2, c=3, d=5))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)

def g(x, /, **kwargs):
    return x, sorted(kwargs.items())

print(g(1, x=2))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
def h(a=1, /, b=2):
    return a + b
print(h(), h(10), h(10, b=20))
print(h.__defaults__)
