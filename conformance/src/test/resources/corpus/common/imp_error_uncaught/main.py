# An import that fails deep inside other imports, uncaught: the traceback lists the importing frames.
import sys


def start():
    sys.stdout.write('start\n')
    import middle
    return middle

start()
