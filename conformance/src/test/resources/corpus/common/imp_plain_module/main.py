# Plain "import module", "import module as alias", module attributes read and written from outside.
from __future__ import print_function
import sys
print('main starts as', __name__)
import helper
import helper as h
print('same module object:', h is helper)
print(helper.greet('world'))
print(helper.ANSWER, helper.counter)
helper.bump()
helper.bump()
print('counter after two bumps:', helper.counter, h.counter)
helper.ANSWER = 43
print('rebound from main:', helper.get_answer())
print('module name:', helper.__name__, h.__name__)
print('helper in sys.modules:', 'helper' in sys.modules, sys.modules['helper'] is helper)
print('type:', type(helper).__name__)
import helper, sys as system
print('sys alias:', system is sys)
def inner():
    import helper as local_alias
    return local_alias.greet('function')
print(inner())
print('helper' in dir())
