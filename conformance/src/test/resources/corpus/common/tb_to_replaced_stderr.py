# -*- coding: utf-8 -*-
# The interpreter's report of an uncaught exception goes to sys.stderr as the program left it, not to the
# process's stderr: with sys.stderr = sys.stdout the traceback lands in stdout, after what was printed before.
from __future__ import print_function
import sys

print("stderr is stdout:", sys.stderr is sys.stdout)
sys.stderr = sys.stdout
print("stderr is stdout now:", sys.stderr is sys.stdout)
sys.stderr.write("written to sys.stderr\n")
print("printed to sys.stderr", file=sys.stderr)


def inner(n):
    if n == 0:
        raise ValueError(u"gave up in caf\xe9 at depth %d" % n)
    return inner(n - 1)


try:
    inner(2)
except ValueError as e:
    print("caught once:", e)
print("and now uncaught, with its traceback in stdout:")
inner(3)
