# An uncaught KeyboardInterrupt: the traceback, then the exit functions, then the end. CPython 3.8+
# kills itself with SIGINT after finalizing (status -2 for a parent process, 130 in a shell); 2.7
# and 3.6 exit 1. (A subclass of KeyboardInterrupt exits 1 everywhere: keyboard_interrupt_subclass.)
from __future__ import print_function
import atexit
import sys


def goodbye():
    print("exit function ran")
    sys.stdout.flush()


atexit.register(goodbye)
try:
    raise KeyboardInterrupt("caught one")
except KeyboardInterrupt as e:
    print("caught:", repr(e.args))


def work(n):
    if n == 0:
        raise KeyboardInterrupt("interrupted at the bottom")
    return work(n - 1)


print("working")
work(3)
print("never printed")
