# Widths and precisions in a format spec past what a C int or Py_ssize_t holds: CPython's errors
# (Too many decimal digits, precision too big), or the text itself when a huge precision only
# truncates (pyvm threw NumberFormatException for these: the digits went to Integer.parseInt).
from __future__ import print_function


def show(value, spec):
    try:
        print(repr(spec), "->", repr(format(value, spec)))
    except Exception as e:
        print(repr(spec), "!!", type(e).__name__, str(e))


show(1, "9" * 20)
show(1, "." + "9" * 20)
show(1.5, "." + "9" * 20 + "f")
show("abc", "." + "9" * 20)
show("abc", ".99999999999")
show("abc", ".3000000000")
show("abc", ".2")
show(1, ".99999999999")
show(1.5, ".3000000000f")
show(1.5, ".3000000000g")
show(1.5, ".99999999999e")
show(1.5, ">.3000000000")
show(1.5, "08.3000000000")
show(2.5, ".2147483648%")
show(1, "0" * 40 + "7")
show(1.25, "0" * 40 + "7.1f")
show("x", "^0000000000000000000000005")
show(12345, "0" * 30 + "10,")
