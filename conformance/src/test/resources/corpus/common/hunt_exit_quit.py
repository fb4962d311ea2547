from __future__ import print_function
print(exit, repr(quit), str(exit), type(exit).__name__, type(exit).__module__, exit.name, callable(quit))
try:
    exit(4)
except SystemExit as e:
    print('caught', e.code, e.args)
try:
    quit()
except SystemExit as e:
    print('caught', repr(e.code), e.args)
import sys
sys.stdout.flush()
exit('message to stderr')
