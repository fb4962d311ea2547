# 3.11 tracebacks mark the failing expression under each source line (PEP 657). This program runs
# with its source beside the .pyc (tb_carets_chain.with-source), so every frame of every chained
# traceback shows its line and, where CPython draws them, its carets: ~ around the operands of a
# binary operation or the value of a subscript, ^ under the operator or the brackets.


def lookup(table, key):
    return table[key] + 1


def spaced(table):
    return table [ "gone" ]


def parenthesized(a, b):
    return (a) + b


def nested(grid):
    return grid[0][5]


def divide(n):
    total = 10 // n
    return total


def attribute(obj):
    return obj.missing.deeper


def call_result(f):
    return f(1, 2)(3)


def unicode_line(s):
    label = "é" ; return label + s


def multi_line(a):
    return (a +
            1)


print("start")
try:
    lookup({}, "k")
except KeyError:
    try:
        spaced({})
    except KeyError:
        try:
            parenthesized(1, "x")
        except TypeError:
            try:
                nested([[1]])
            except IndexError:
                try:
                    divide(0)
                except ZeroDivisionError:
                    try:
                        attribute(None)
                    except AttributeError:
                        try:
                            call_result(lambda x, y: None)
                        except TypeError:
                            try:
                                unicode_line(3)
                            except TypeError:
                                print("last one is uncaught")
                                multi_line(None)
