# A for loop's own generator is closed when an exception leaves the loop: out of the function (f), into a
# handler of the same function above the loop's level (h), and by a return from inside three loops (k).
# Compiled code keeps the loop's iterator in a JVM local, which its exception paths must still find.
from __future__ import print_function
def gen(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("closed", tag)

def f(n):
    total = 0
    for x in gen("a"):
        total += x
        if x == n:
            raise ValueError("boom")
    return total

def g():
    for i in range(2):
        try:
            f(2)
        except ValueError as e:
            print("caught", e)

def h():
    for y in gen("outer"):
        try:
            for x in gen("inner"):
                if x == 1:
                    raise KeyError(x)
        except KeyError as e:
            print("inner caught", e)
        if y == 1:
            break
    print("h done")

def k():
    # an exception between two loops over generators, nested three deep
    for a in gen("k1"):
        for b in gen("k2"):
            total = sum(x for x in gen("k3"))
            if b == 1:
                return [a, b, total]

for _ in range(3):
    g(); h(); print(k())
