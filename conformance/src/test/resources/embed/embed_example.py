# The module the embedding tests run and call into (compiled by tools in the comment below).
#   python3.11 -c "import py_compile; py_compile.compile('embed_example.py', 'embed_example.311.pyc', doraise=True)"
#   python2.7 -c "import py_compile; py_compile.compile('embed_example.py', 'embed_example.27.pyc', doraise=True)"
import sys

GREETING = "hello"
COUNTS = {"a": 1, "b": 2}


def add(a, b):
    return a + b


def describe(items, options):
    return {"n": len(items), "first": items[0] if items else None, "keys": sorted(options), "flag": options.get("flag")}


def halve(x):
    return x / 2.0


def divide(a, b):
    return a // b


def is_big(n):
    return n > 2 ** 64


def recursion_limit():
    return sys.getrecursionlimit()


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("loaded with %d argument(s)" % len(sys.argv))
