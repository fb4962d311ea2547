# traceback.print_exc() and format_exc() with the source beside the .pyc (tb_print_exc_source.with-source):
# traceback.py reads co_positions() and parses each segment with ast for its ~ and ^ anchors.
import sys
import traceback


def subscript(d):
    return d["missing"] + 1


def binary(a, b):
    return a * 2 + b


def call(f):
    return f(1)(2)


for fn, arg in ((subscript, ({},)), (binary, (1, "x")), (call, (lambda x: None,))):
    try:
        fn(*arg)
    except Exception:
        traceback.print_exc(file=sys.stdout)
        print("format_exc lines:", len(traceback.format_exc().splitlines()))
