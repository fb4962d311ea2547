# Closures: counters with mutable cells, closures over loop variables, nested levels.
def make_counter():
    count = [0]
    def inc(step=1):
        count[0] += step
        return count[0]
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1())
print(c1())
print(c1(10))
print(c2())

def make_adders():
    adders = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders

print([f(10) for f in make_adders()])

def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]

print(late_binding())

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

print(outer(1)(20)(300))

def shared():
    value = "start"
    def get():
        return value
    value = "changed"
    return get

print(shared()())
