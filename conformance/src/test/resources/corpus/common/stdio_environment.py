# -*- coding: utf-8 -*-
# The standard streams take their encoding and error handler from the environment CPython starts in
# (PYTHONIOENCODING, else the locale; 2.7 gives a pipe none at all), so non-ASCII text prints, is replaced,
# escaped or refused by the codec accordingly; sys.flags shows what the environment set. stdio_environment.environments lists the environments
# LauncherTest runs it in; the plain goldens are the usual PYTHONIOENCODING=utf-8 run.
from __future__ import print_function
import sys

print("stdin:", sys.stdin.encoding, getattr(sys.stdin, "errors", None))
print("stdout:", sys.stdout.encoding, getattr(sys.stdout, "errors", None))
print("stderr:", sys.stderr.encoding, getattr(sys.stderr, "errors", None))
if sys.version_info[0] > 2:
    print(repr(sys.stdin), repr(sys.stdout), repr(sys.stderr))
print("flags:", sys.flags.dont_write_bytecode, sys.flags.hash_randomization, getattr(sys.flags, "utf8_mode", "n/a"))
print("plain ascii", 42, [u"caf\xe9"], {u"k": (1, 2)})
sys.stdout.write(u"written as unicode\n")
sys.stdout.write("written as str\n")


def attempt(label, f):
    try:
        f()
        sys.stdout.write("\n")
    except UnicodeError as e:
        print()
        print(label, "refused:", type(e).__name__, e.start, e.end, e.reason)


attempt("latin-1 word", lambda: print(u"caf\xe9", end=""))
attempt("bmp symbol", lambda: sys.stdout.write(u"snow \u2603 man"))
attempt("astral", lambda: print(u"clef \U0001d11e", end=""))
attempt("several items", lambda: print(u"one", u"tw\xf6", u"three", end=""))
if sys.version_info[0] > 2:
    attempt("lone surrogate", lambda: print(u"x\udce9y", end=""))
print(u"to stderr: \xe9 \u2603", file=sys.stderr)
print("last line, then an uncaught error")
print(u"na\xefve and \u2603")
