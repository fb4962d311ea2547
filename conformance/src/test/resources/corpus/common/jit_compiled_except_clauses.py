# 2.7/3.6 except clauses compiled with the code around them: an exception in a try body jumps to its clauses
# in the same compiled method. What must stay as the interpreter has it: sys.exc_info() in, after and outside a
# clause, a clause that matches nothing (re-raised to an outer try of the same function), an exception raised
# inside a clause, nested clauses, a for loop's generator under the try block, and tracebacks.
from __future__ import print_function
import sys


def fail(kind, n):
    if kind == 'key':
        raise KeyError(n)
    if kind == 'index':
        raise IndexError(n)
    if kind == 'type':
        raise TypeError('bad %d' % n)
    if kind == 'value':
        raise ValueError(n)
    return n


def current():
    t = sys.exc_info()[0]
    return t.__name__ if t is not None else None


def clauses(kind, n):
    try:
        try:
            v = fail(kind, n)
        except KeyError as e:
            v = ('key', current(), e.args[0])
        except IndexError:
            v = ('index', current())
        after = current()
        return v, after
    except TypeError as e:
        return ('outer', current(), str(e))


def raising_in_clause(n):
    try:
        try:
            fail('key', n)
        except KeyError:
            fail('index', n + 1)
    except IndexError as e:
        ctx = getattr(e, '__context__', 'no context')
        return 'index %r after %r' % (e.args[0], ctx)


def nested_clauses(n):
    log = []
    try:
        fail('key', n)
    except KeyError:
        log.append(current())
        try:
            fail('index', n)
        except IndexError:
            log.append(current())
        log.append(current())
    log.append(current())
    return log


def countdown(n, log):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        log.append('closed at %d' % n)


def loop_under_try(limit):
    log = []
    try:
        for v in countdown(5, log):
            log.append(fail('key' if v == limit else 'none', v))
    except KeyError as e:
        log.append('caught %r' % (e.args[0],))
    return log


def hot(n):
    hits = [0, 0, 0]
    for i in range(n):
        kind = ('key', 'index', 'none')[i % 3]
        try:
            fail(kind, i)
        except KeyError:
            hits[0] += 1
        except IndexError:
            hits[1] += 1
            continue
        else:
            hits[2] += 1
        if i % 7 == 0:
            try:
                fail('type', i)
            except (KeyError, TypeError):
                hits[2] += 100
    return hits


for kind in ('key', 'index', 'type', 'none'):
    print(kind, clauses(kind, 3), current())
print(raising_in_clause(4))
print(nested_clauses(5))
print(loop_under_try(3))
print(loop_under_try(9))
print(hot(200), current())
try:
    clauses('type', 1)
    print(clauses('index', 2))
    print(nested_clauses(1))
finally:
    print('finally', current())
print(clauses(None, 0))
clauses('value', 7)
