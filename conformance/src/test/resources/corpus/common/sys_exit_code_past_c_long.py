# sys.exit with an int past a C long: CPython's PyLong_AsLong fails, the status is -1 (255);
# within a C long the low byte of the int is the status
from __future__ import print_function
import sys

try:
    sys.exit(2 ** 32 + 7)
except SystemExit as e:
    print('caught', e.code)
print('leaving')
sys.exit(2 ** 70)
