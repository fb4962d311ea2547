# del of a local inside hot functions: the name is unbound afterwards (reading it or
# deleting it again raises), functions and closures made in a loop keep their defaults
# and cells, and a deleted loop variable comes back at the next iteration.
from __future__ import print_function


def drop_and_read(n):
    out = []
    for i in range(n):
        x = i * 2
        if i % 3 == 0:
            del x
        try:
            out.append(x)
        except NameError as e:
            out.append(type(e).__name__)
    return out


def delete_twice(flag):
    y = 1
    del y
    if flag:
        try:
            del y
        except NameError as e:
            return "second del: %s: %s" % (type(e).__name__, e)
    return "once"


def makers(n):
    fns = []
    for i in range(n):
        def f(a, b=i, c=i * 10):
            return a + b + c
        fns.append(f)
        g = lambda v, k=i: v * k
        fns.append(g)
        del f, g
    return [fn(1) for fn in fns]


def closures(n):
    total = 0
    for i in range(n):
        cell = [i]

        def bump(step=1):
            cell[0] += step
            return cell[0]
        total += bump() + bump(5)
        cell = None
    return total


def loop_var_deleted(n):
    seen = []
    for k in range(n):
        seen.append(k)
        del k
    try:
        return seen, k
    except NameError as e:
        return seen, str(e)


for _ in range(3):
    print(drop_and_read(7))
    print(delete_twice(True), "|", delete_twice(False))
    print(makers(4))
    print(closures(50))
    print(loop_var_deleted(4))


def unbound_at_top():
    z = 5
    del z
    return z + 1


unbound_at_top()
