# the exit status and message come from SystemExit's code attribute, as it is when the exception leaves
import sys


class Quit(SystemExit):
    pass


e = SystemExit(5)
print(e.code, e.args)
e.code = 'changed'
print(e.code, e.args)
try:
    raise Quit(3)
except SystemExit as q:
    print(type(q).__name__, q.code)
    q.code = 7
    print(q.code, q.args)
sys.stdout.flush()
raise e
