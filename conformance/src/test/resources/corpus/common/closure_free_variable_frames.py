# Functions that only read their enclosing scope's names (free variables, no cells of their own): each
# call's frame sees the function's own cells, whatever other functions of the same code hold, however
# deep it recurses, and whatever the enclosing scope stores in them after the function was made.
from __future__ import print_function
import sys


def make(k):
    def scaled(x):
        return x * k
    return scaled


fs = [make(k) for k in range(5)]
print([f(10) for f in fs])
print([fs[i](i) for i in range(5)])


def countdown_maker(step):
    def down(n):
        if n <= 0:
            return [0]
        return [n] + down(n - step)
    return down


print(countdown_maker(3)(10), countdown_maker(4)(10))


def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 10
    return [f() for f in fns]


print(late_binding())


def rebinding():
    value = "first"

    def read():
        return value
    before = read()
    value = "second"
    return before, read()


print(rebinding())


def generators(prefix):
    def gen(n):
        for j in range(n):
            yield prefix + str(j)
    return gen


ga = generators("a")(3)
gb = generators("b")(3)
print([next(ga), next(gb), next(ga), next(gb), next(gb), next(ga)])


def sees_locals(a, b):
    def inner():
        return sorted(locals().items()) + [a + b]
    return inner


print(sees_locals(1, 2)())
print(sees_locals("x", "y")())


def frame_names(tag):
    def inner():
        frame = sys._getframe()
        return sorted(frame.f_locals), frame.f_code.co_freevars, tag
    return inner


print(frame_names("t")())


def shared_state():
    box = [0]

    def bump():
        box[0] += 1
        return box[0]

    def peek():
        return box[0]
    return bump, peek


bump, peek = shared_state()
print([bump() for _ in range(4)], peek())
bump2, peek2 = shared_state()
print(bump2(), peek(), peek2())


def nested(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle


print(nested(1)(2)(3), nested(10)(20)(30), [nested(i)(i)(i) for i in range(4)])


def hot(n):
    add = make(3)
    total = 0
    for i in range(n):
        total += add(i) + fs[i % 5](1)
    return total


print(hot(5000))
print(make(2).__closure__[0].cell_contents, len(countdown_maker(1).__closure__))
