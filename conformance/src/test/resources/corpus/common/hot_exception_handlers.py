# Functions with several try statements, called often enough to get hot: each except clause
# catches what its own lookup raised, re-raises through finally, and the counts come out the
# same however the interpreter compiled the handlers.
from __future__ import print_function


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class Retry(AppError):
    pass


class Fatal(AppError):
    pass


class Holder(object):
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def risky(i):
    r = i % 7
    if r == 0:
        raise Retry(i % 100)
    if r == 3:
        raise Fatal(i % 50)
    return i


def lookups(i, table, items, holder):
    k = i % 11
    try:
        if k < 3:
            return table[k + 20]
        if k < 5:
            return items[k + 10]
        if k == 5:
            return i // (k - 5)
        if k == 6:
            return holder.missing
        if k == 7:
            return int("x%d" % i)
        return table[k] + items[k % 4]
    except KeyError:
        return -1
    except IndexError:
        return -2
    except (ZeroDivisionError, AttributeError):
        return -3
    except ValueError:
        return -4


def wrapped(i):
    try:
        try:
            return risky(i)
        except Retry:
            raise
        finally:
            pass
    except Retry as e:
        return e.code + 1000


def main(n):
    table = dict((k, k * 3) for k in range(11))
    items = [1, 2, 3, 4]
    holder = Holder(5)
    fatal = finals = acc = 0
    kinds = {}
    for i in range(n):
        try:
            v = wrapped(i)
        except Fatal as e:
            fatal += 1
            v = e.code
        finally:
            finals += 1
        w = lookups(i, table, items, holder)
        kinds[w] = kinds.get(w, 0) + 1
        acc = (acc * 31 + v + w) % 1000003
    print("n", n, "fatal", fatal, "finals", finals, "acc", acc)
    print(sorted(kinds.items())[:8])


main(30000)
