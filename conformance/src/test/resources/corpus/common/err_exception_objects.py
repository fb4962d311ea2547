from __future__ import print_function
import sys

def attempt(label, fn):
    try:
        r = fn()
    except BaseException as e:
        print(label, '->', type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
    else:
        print(label, '=', repr(r))

class NotExc(object): pass
class MyErr(Exception):
    def __init__(self, code):
        self.code = code
class WithStr(Exception):
    def __str__(self):
        return 'custom<%s>' % (self.args,)
class BadStr(Exception):
    def __str__(self):
        return 42
class NoSuper(Exception):
    def __init__(self, a, b):
        pass

def r(x):
    raise x

attempt('raise NotExc', lambda: r(NotExc))
attempt('raise NotExc()', lambda: r(NotExc()))
attempt('raise 5', lambda: r(5))
attempt('raise "s"', lambda: r('s'))
attempt('raise None', lambda: r(None))
attempt('MyErr(3)', lambda: r(MyErr(3)))
attempt('MyErr()', lambda: r(MyErr()))
attempt('WithStr(1, 2)', lambda: r(WithStr(1, 2)))
attempt('NoSuper(1, 2)', lambda: r(NoSuper(1, 2)))
attempt('KeyError()', lambda: r(KeyError()))
attempt('KeyError(1, 2)', lambda: r(KeyError(1, 2)))
attempt("KeyError('')", lambda: r(KeyError('')))
attempt('KeyError(None)', lambda: r(KeyError(None)))
attempt("IOError(2, 'nope')", lambda: r(IOError(2, 'nope')))
attempt("OSError(2, 'nope', 'f')", lambda: r(OSError(2, 'nope', 'f')))
attempt("OSError(13, 'denied', 'f', 5)", lambda: r(OSError(13, 'denied', 'f', 5)))
attempt("EnvironmentError(1)", lambda: r(EnvironmentError(1)))
attempt("UnicodeDecodeError", lambda: b'\xff'.decode('utf-8'))
attempt("UnicodeEncodeError", lambda: u'\u20ac'.encode('ascii'))
attempt("UnicodeDecodeError ascii", lambda: b'ab\x80'.decode('ascii'))
attempt("UnicodeDecodeError latin", lambda: b'\xc3'.decode('utf-8'))
attempt("StopIteration(5)", lambda: r(StopIteration(5)))
attempt("SystemExit(2)", lambda: r(SystemExit(2)))
attempt("SystemExit()", lambda: r(SystemExit()))
attempt("SyntaxError('m')", lambda: r(SyntaxError('m')))
attempt("SyntaxError('m', ('f', 1, 2, 't'))", lambda: r(SyntaxError('m', ('f.py', 1, 2, 'text'))))
attempt("Exception(x=1)", lambda: Exception(x=1))
attempt("ValueError().args = 5", lambda: setattr(ValueError(), 'args', 5))
attempt("e.args = 'ab'", lambda: (lambda e: (setattr(e, 'args', 'ab'), e.args))(ValueError()))
attempt("e.__cause__ = 5", lambda: setattr(ValueError(), '__cause__', 5))
attempt("e.__context__ = 'x'", lambda: setattr(ValueError(), '__context__', 'x'))
attempt("e.__traceback__ = 1", lambda: setattr(ValueError(), '__traceback__', 1))
attempt("Exception.__str__(1)", lambda: Exception.__str__(1))
attempt("str(e) unicode args", lambda: str(ValueError(u'abc')))
attempt("repr(e) nested", lambda: repr(ValueError(ValueError('x'), [1])))
attempt("issubclass(KeyError, LookupError)", lambda: (issubclass(KeyError, LookupError), issubclass(UnicodeError, ValueError)))
attempt("except non-class", lambda: exec_except())
def exec_except():
    try:
        raise ValueError('v')
    except 5:
        pass
attempt("except non-class tuple", lambda: exec_except2())
def exec_except2():
    try:
        raise ValueError('v')
    except (KeyError, 'str'):
        pass
attempt("except non-class no raise", lambda: exec_except3())
def exec_except3():
    try:
        pass
    except 5:
        pass
    return 'fine'
