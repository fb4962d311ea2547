# A traceback object handed out (sys.exc_info()[2], __traceback__, __exit__'s third argument) is a snapshot:
# it does not grow when the same exception travels further, as CPython's tb objects do not.
from __future__ import print_function
import sys
def reraise(e):
    raise e
try:
    raise ValueError("x")
except ValueError:
    err, tb = sys.exc_info()[1:]
    print(sys.exc_info()[2] is tb)
    if sys.version_info[0] > 2:
        print(tb is err.__traceback__, err.__traceback__ is err.__traceback__)
try:
    reraise(err)
except ValueError:
    print(tb.tb_next is None, sys.exc_info()[2].tb_next is not None)
count = 0
t = sys.exc_info()[2]
class CM(object):
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        n = 0
        while tb is not None:
            n += 1
            tb = tb.tb_next
        print("exit sees", n, "frames")
        return False
def inner():
    raise KeyError("k")
try:
    with CM():
        inner()
except KeyError:
    n = 0
    tb = sys.exc_info()[2]
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("handler sees", n, "frames")
