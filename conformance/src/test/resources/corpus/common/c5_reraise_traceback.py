class Pipeline(object):
    def __init__(self, items):
        self.items = items
    def stages(self):
        for item in self.items:
            yield self.transform(item)
    def transform(self, item):
        return check(item)
    def run(self):
        out = []
        for value in self.stages():
            out.append(value)
        return out

def check(item):
    if item < 0:
        raise ValueError("negative: %d" % item)
    return item * 2

def guarded(p):
    try:
        return p.run()
    except ValueError as e:
        print("guard saw: %s" % e)
        raise

def wrapper(p):
    try:
        return guarded(p)
    finally:
        print("wrapper finally")

print(Pipeline([1, 2, 3]).run())
try:
    wrapper(Pipeline([1, -2]))
except ValueError as e:
    print("caught at top: %s" % e)

def saved_and_reraised():
    try:
        check(-5)
    except ValueError as e:
        saved = e
    print("handled, returning the saved one")
    return saved

err = saved_and_reraised()
print(type(err).__name__, err)

def gen_chain(n):
    if n == 0:
        yield check(-1)
    else:
        for v in gen_chain(n - 1):
            yield v

try:
    print(list(gen_chain(3)))
except ValueError as e:
    print("recursive generators: %s" % e)
print("entering")
wrapper(Pipeline([5, 4, -3]))
