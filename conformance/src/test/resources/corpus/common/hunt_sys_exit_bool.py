from __future__ import print_function
import sys
def check(values):
    failures = [v for v in values if v % 3 == 0]
    print('checked', len(values), 'values;', len(failures), 'failures')
    return bool(failures)
try:
    sys.exit(False)
except SystemExit as e:
    print('exit code', repr(e.code))
sys.exit(check(list(range(1, 10))))
