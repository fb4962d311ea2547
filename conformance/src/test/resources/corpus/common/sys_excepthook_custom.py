# an uncaught exception goes to the program's own sys.excepthook (and nothing is printed by the default one)
import sys

def hook(kind, value, tb):
    print('hook got %s: %s' % (kind.__name__, value))
    print('traceback given: %s' % (tb is not None))
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print('frames: %d' % depth)

sys.excepthook = hook
print(sys.excepthook is sys.__excepthook__)

def inner():
    return {}['missing']

def outer():
    return inner()

print('before')
outer()
print('not reached')
