def returns():
    yield 1
    return 'done'
r = returns()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print('returned', e.args)
try:
    next(r)
except StopIteration as e:
    print('again', e.args)
print(next(returns(), 'dflt'), next(iter([]), 'empty'))
def g2():
    r = yield 1
    print('got', r)
    return r * 2
gg = g2()
print(next(gg))
try:
    gg.send(21)
except StopIteration as e:
    print('value', e.value, e.args)
try:
    gg.send(1)
except StopIteration as e:
    print('exhausted', e.value, e.args)
def gen_names():
    def inner():
        yield 1
    return inner()
x = gen_names()
print(x.__name__, x.__qualname__, x.gi_running, x.gi_frame is not None, x.gi_code.co_name, list(x), x.gi_frame)
