class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False

class Tracked:
    instances = 0
    def __init__(self):
        __class__.instances += 1
        self.id = __class__.instances
    def kind(self):
        return __class__, type(self)

class Sub(Tracked):
    pass

a, b, c = Tracked(), Sub(), Sub()
print(Tracked.instances, c.id)
k, t = c.kind()
print(k.__name__, t.__name__)

def cleanup_fails():
    try:
        raise ValueError("primary")
    finally:
        raise OSError("cleanup")

try:
    cleanup_fails()
except OSError as e:
    print(type(e.__context__).__name__, e.__context__)

try:
    with Resource("r1"), Resource("r2"):
        raise TypeError("inside")
except TypeError as e:
    print("caught", e)

class NoteError(Exception):
    def __str__(self):
        return f"NoteError[{', '.join(map(str, self.args))}]"

def chain():
    with Resource("db"):
        try:
            raise KeyError("missing")
        except KeyError as e:
            raise NoteError(1, 2) from e

chain()
