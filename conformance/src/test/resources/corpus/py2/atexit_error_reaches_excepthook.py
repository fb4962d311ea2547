# 2.7: an exception leaving sys.exitfunc (atexit's _run_exitfuncs re-raises its handlers' last error) is reported
# with "Error in sys.exitfunc:" and then by PyErr_Print, which calls a hook the program put in sys.excepthook.
import sys
import atexit


def first():
    print "first handler runs last"


def bad():
    raise ValueError("boom")


def hook(t, v, tb):
    print "HOOK", t.__name__, v, tb is not None


atexit.register(first)
atexit.register(bad)
sys.excepthook = hook
print "main done"
