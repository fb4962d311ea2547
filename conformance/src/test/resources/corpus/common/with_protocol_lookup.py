# The with statement finds __enter__ and __exit__ on the manager's class (an instance
# attribute does not count), in each version's order and words when one is missing.
from __future__ import print_function
class NoExit(object):
    def __enter__(self): return self
class NoEnter(object):
    def __exit__(self, *a): return False
class InstExit(object):
    def __init__(self):
        self.__exit__ = lambda *a: False
    def __enter__(self): return self
for cm in (NoExit(), NoEnter(), object(), InstExit()):
    try:
        with cm:
            print("body")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class Quiet(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return kind is ValueError


with Quiet("a") as got:
    print("got", got)
with Quiet("b"):
    raise ValueError("swallowed")
try:
    with Quiet("c"):
        raise KeyError("kept")
except KeyError as e:
    print("KeyError", e)
class Plain(object):
    def __enter__(self):
        return 1

    def __exit__(self, *exc):
        return False


total = 0
for i in range(300):
    with Quiet("x" if i == 0 else "y") if i < 2 else Plain() as h:
        total += 1
print(total)
