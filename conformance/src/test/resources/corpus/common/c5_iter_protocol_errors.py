class NoIter(object):
    pass

class BadIter(object):
    def __iter__(self):
        return 42

class IterNone(object):
    def __iter__(self):
        return None

class SelfIter(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
    next = __next__

class Fresh(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))

def attempt(label, fn):
    try:
        print("%s -> %r" % (label, fn()))
    except TypeError as e:
        print("%s TypeError: %s" % (label, e))

attempt("iter(NoIter())", lambda: iter(NoIter()))
attempt("iter(5)", lambda: iter(5))
attempt("list(BadIter())", lambda: list(BadIter()))
attempt("list(IterNone())", lambda: list(IterNone()))
attempt("next([])", lambda: next([]))
attempt("next(NoIter())", lambda: next(NoIter()))
attempt("sorted(3.5)", lambda: sorted(3.5))
attempt("'x' in 7", lambda: "x" in 7)

s = SelfIter(3)
print(list(s))
print(list(s))
f = Fresh(3)
print(list(f))
print(list(f))
print(iter(s) is s)
print(iter(f) is f)
a, b = Fresh(2)
print(a + b)
try:
    a, b = SelfIter(3)
except ValueError as e:
    print("ValueError: %s" % e)
try:
    a, b, c = Fresh(2)
except ValueError as e:
    print("ValueError: %s" % e)

def consume(obj):
    total = 0
    for x in obj:
        total += x
    return total

print(consume(Fresh(5)))
print(consume(NoIter()))
