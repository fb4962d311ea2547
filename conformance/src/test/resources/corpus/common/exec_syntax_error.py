# SyntaxError from source compiled at run time: caught (its str and fields) and uncaught (file, line, caret).
from __future__ import print_function
try:
    exec("x = = 1")
except SyntaxError as e:
    print(e, e.lineno, e.offset, repr(e.text), e.filename)
exec("def f(:\n  pass")
