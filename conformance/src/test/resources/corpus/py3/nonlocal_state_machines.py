# nonlocal: counters, accumulators, state machines, nested nonlocal through several levels.
def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        old, count = count, start
        return old
    return inc, reset
inc, reset = counter(10)
print(inc(), inc(5), reset(), inc())
def traffic_light():
    state = "red"
    order = {"red": "green", "green": "yellow", "yellow": "red"}
    transitions = 0
    def step():
        nonlocal state, transitions
        state = order[state]
        transitions += 1
        return state
    def info():
        return f"{state} after {transitions}"
    return step, info
step, info = traffic_light()
print([step() for _ in range(5)], info())
def outer():
    x = 1
    def middle():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
            return x
        return inner()
    before = x
    result = middle()
    return before, result, x
print(outer())
def make_averager():
    total = 0
    n = 0
    def add(v):
        nonlocal total, n
        total += v
        n += 1
        return total / n
    return add
avg = make_averager()
print(avg(10), avg(20), avg(0))
def independent():
    a = make_averager()
    b = make_averager()
    return a(1), b(100), a(3)
print(independent())
def shadowing():
    x = "enclosing"
    def assigns_local():
        x = "local"
        return x
    def reads():
        return x
    def writes():
        nonlocal x
        x = "rewritten"
    r1 = (assigns_local(), reads())
    writes()
    return r1, reads(), x
print(shadowing())
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)
