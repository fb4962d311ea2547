# try statements in functions hot enough to be compiled: the try body runs compiled, an exception there hands
# the frame to the interpreter's handler search, and a return, break or continue through a finally block goes
# the interpreter's way too. Values under the try block (for loop iterators, a generator a for loop owns) stay.
from __future__ import print_function
import sys
import traceback


def parse(items):
    total = 0
    bad = 0
    for x in items:
        try:
            total += int(x)
        except ValueError:
            bad += 1
            continue
        total += 1
    return total, bad


def lookup(table, keys):
    found = []
    for k in keys:
        try:
            found.append(table[k])
        except KeyError:
            found.append(None)
        else:
            found.append('hit')
        finally:
            found.append(k)
    return found


def early(n):
    log = []
    for i in range(n):
        try:
            if i == 3:
                return log, 'returned at', i
            log.append(i)
        finally:
            log.append('f%d' % i)
    return log, 'ran out'


def breaker(n):
    out = []
    while True:
        try:
            n -= 1
            if n < 0:
                break
            out.append(n)
        finally:
            out.append('.')
    return out


def nested(v):
    try:
        try:
            return 10 // v
        except ZeroDivisionError:
            return 'zero'
        finally:
            pass
    except TypeError as e:
        return 'type: ' + type(e).__name__


def escapes(v):
    try:
        return [1, 2, 3][v]
    except KeyError:
        return 'never'


def gen(n):
    for i in range(n):
        yield i


def owned(n):
    seen = []
    try:
        for i in gen(n):
            seen.append(i)
            if i == 2:
                raise RuntimeError('in the loop')
    except RuntimeError as e:
        seen.append(str(e))
    return seen


def state():
    try:
        raise ValueError('inner')
    except ValueError:
        inside = sys.exc_info()[0].__name__
    return inside


def churn(n):
    # an exception at every third turn: the handler runs in the interpreter, the loop goes back to compiled code
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += 10 // (i % 3)
        except ZeroDivisionError:
            caught += 1
            if i % 7 == 0:
                continue
        total += i
    return caught, total


class Quiet(object):
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('in')
        return self

    def __exit__(self, kind, value, tb):
        self.log.append('out' if kind is None else 'swallowed ' + kind.__name__)
        return True


def managed(n):
    # a with statement in a loop: it runs in the interpreter, the loop goes back to compiled code at its head
    log = []
    for i in range(n):
        with Quiet(log) as q:
            if i == 1:
                raise KeyError(i)
            if i == 3:
                break
            q.log.append(i)
    with Quiet(log):
        return log


def frames_seen(n):
    # frames kept past their return: f_lineno is the line of the return, whichever tier ran it
    frames = []
    for i in range(n):
        try:
            if i % 2:
                raise ValueError(i)
            frames.append(sys._getframe())
        except ValueError:
            frames.append(sys._getframe().f_lineno)
    return frames


def plain_frame():
    return sys._getframe()


def deep(k):
    if k == 0:
        raise IndexError('bottom')
    try:
        return deep(k - 1)
    except KeyError:
        return 'no'


for rnd in range(1500):
    a = parse(['1', 'x', '2', '', '30'])
    b = lookup({'a': 1, 'c': 3}, ['a', 'b', 'c'])
    c = early(6)
    d = breaker(3)
    e = [nested(v) for v in (0, 5, None)]
    f = owned(5)
    g = state()
print(a, b)
print(c, d)
print(e, f, g)
print(churn(60000))
print(managed(5))
for rnd in range(1500):
    seen = frames_seen(4)
    kept = plain_frame()
print(seen[1], seen[3], seen[0].f_lineno, seen[2] is seen[0], kept.f_lineno)
try:
    escapes(7)
except IndexError:
    lines = traceback.format_exc().splitlines()
    print([l.strip() for l in lines if l.strip().startswith('File')][-1].split(',')[1:], lines[-1])
try:
    deep(4)
except IndexError as x:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print(len(tb), [t[1] for t in tb], x)
print(escapes(1), sys.exc_info()[0] is None if sys.version_info[0] >= 3 else 'n/a')
escapes(9)
