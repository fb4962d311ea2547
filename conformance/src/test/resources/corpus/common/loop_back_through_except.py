# Loops whose only way back to their head is through an except clause (the try
# body always raises): hot enough to be compiled while they run, called again after.
from __future__ import print_function


class Plain(Exception):
    pass


def for_loop(n):
    c = 0
    for i in range(n):
        try:
            raise Plain(i)
        except Plain:
            c += 1
    return c


def while_loop(n):
    i = 0
    seen = 0
    while i < n:
        i += 1
        try:
            raise Plain(i)
        except Plain as e:
            seen += e.args[0] % 3
    return seen


def nested(n):
    total = 0
    for i in range(n):
        for j in range(3):
            try:
                {}[j]
            except KeyError:
                total += j
        try:
            [][i]
        except IndexError:
            total += 1
    return total


def skip_by_continue(n):
    kept = []
    for i in range(n):
        try:
            if i % 500:
                raise ValueError(i)
        except ValueError:
            continue
        kept.append(i)
    return kept


for n in (1500, 1500, 4000):
    print(for_loop(n), while_loop(n), nested(n), skip_by_continue(n))
