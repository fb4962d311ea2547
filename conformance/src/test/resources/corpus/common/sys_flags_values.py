# sys.flags as CPython reports it when run like the goldens (PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1):
# warnings.py and random.py read it while importing.
from __future__ import print_function
import sys
print(sys.flags)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.verbose, len(sys.flags) > 10)
print(sys.dont_write_bytecode, sys.warnoptions)
