# sys.modules caching: a module body runs once however it is imported; removing it from
# sys.modules makes the next import run it again; an object put in sys.modules is what import gives.
from __future__ import print_function
import sys
import counted
import counted
from counted import VALUE
import counted as again
m = __import__('counted')
print('runs so far:', counted.runs(), m is counted, again is counted, VALUE)
first = counted
del sys.modules['counted']
import counted
print('after del: new module object:', counted is not first, 'runs:', counted.runs())


class Fake(object):
    ANSWER = 'from a fake module'

sys.modules['virtual'] = Fake()
import virtual
print(virtual.ANSWER, type(virtual).__name__)
from virtual import ANSWER
print(ANSWER)
import replaced
print('import gives what the module put in sys.modules:', replaced)
