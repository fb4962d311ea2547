import sys
sys.stdout.write('counted body runs\n')
VALUE = 7
_log = sys.modules.setdefault('_counted_log', [])
try:
    _log.append(1)
except AttributeError:
    pass


def runs():
    return len(sys.modules['_counted_log'])
