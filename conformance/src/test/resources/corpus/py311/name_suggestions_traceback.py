# traceback.py's own "Did you mean" (TracebackException reads the error's name and obj, and for a
# NameError the frame's locals, globals and builtins), as print_exc and format_exception print it.
import sys
import traceback


class Point:
    def __init__(self):
        self.xcoord = 1


def f():
    counter = 2
    return countr


for action in (lambda: Point().xcord, f, lambda: prnt("x"), lambda: Point().zzz):
    try:
        action()
    except (AttributeError, NameError) as e:
        traceback.print_exc(file=sys.stdout)
        print(repr(e.name), type(getattr(e, "obj", None)).__name__)
        print(traceback.format_exception_only(type(e), e)[-1].rstrip())
