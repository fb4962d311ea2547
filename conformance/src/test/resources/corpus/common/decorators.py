# Function and class decorators, with and without arguments, stacked.
def trace(f):
    def wrapper(*args, **kwargs):
        print("call %s%r" % (f.__name__, args))
        result = f(*args, **kwargs)
        print("return %r" % (result,))
        return result
    wrapper.__name__ = f.__name__
    return wrapper

def repeat(times):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(times)]
        return wrapper
    return deco

def register(cls):
    registry.append(cls.__name__)
    return cls

registry = []

@trace
def add(a, b):
    return a + b

@repeat(3)
def greet(name):
    return "hi " + name

@trace
@repeat(2)
def double(x):
    return x * 2

@register
class Plugin(object):
    pass

@register
class Other(object):
    pass

add(2, 3)
print(greet("bo"))
double(7)
print(registry)
print(add.__name__)

def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper

@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(80))
