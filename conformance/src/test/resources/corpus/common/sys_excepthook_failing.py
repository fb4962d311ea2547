# a sys.excepthook that itself raises: CPython reports both, and the status is still 1
import sys

def hook(kind, value, tb):
    print('hook called for %s' % kind.__name__)
    raise RuntimeError('hook broke')

sys.excepthook = hook
raise ValueError('original')
