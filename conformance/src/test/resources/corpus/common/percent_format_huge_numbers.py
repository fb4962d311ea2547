# %-formatting with widths and precisions past what Py_ssize_t or a C int holds: CPython's
# 'width too big' and 'precision too big' ('prec too big' in 2.7), and the text itself when a
# large precision only truncates (pyvm threw NumberFormatException: the digits went to
# Integer.parseInt).
from __future__ import print_function


def show(fmt, args):
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "!!", type(e).__name__, str(e))


show("%" + "9" * 30 + "d", 1)
show("%" + "9" * 19 + "d", 1)
show("%.99999999999d", 1)
show("%.99999999999s", "abc")
show("%.2147483648f", 1.5)
show("%.2147483647s", "ab")
show("%.3000000000s", "ab")
show("%.*f", (2 ** 31, 1.5))
show("%.*s", (2 ** 40, "ab"))
show("%.*s", (-5, "ab"))
show("%*s|", (-4, "ab"))
show("%" + "0" * 30 + "5d", 42)
show("%.000000000000000000003f", 1.23456)
show("%-0000000006.2f|", 3.14159)
