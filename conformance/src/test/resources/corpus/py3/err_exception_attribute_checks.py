import sys

# The attributes every exception carries, and what each refuses to be set to or deleted.

def attempt(label, fn):
    try:
        r = fn()
    except BaseException as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '=', repr(r))

def failing():
    raise KeyError('inner')

try:
    failing()
except KeyError as caught:
    saved_tb = caught.__traceback__

e = ValueError('outer')
attempt('tb = 1', lambda: setattr(e, '__traceback__', 1))
attempt('tb = "frames"', lambda: setattr(e, '__traceback__', 'frames'))
attempt('tb = saved', lambda: setattr(e, '__traceback__', saved_tb))
print('has traceback:', e.__traceback__ is not None, e.__traceback__.tb_lineno > 0)
attempt('tb = None', lambda: setattr(e, '__traceback__', None))
print('traceback now:', e.__traceback__)
attempt('del tb', lambda: delattr(e, '__traceback__'))
attempt('with_traceback(1)', lambda: e.with_traceback(1))
attempt('with_traceback(None)', lambda: type(e.with_traceback(None)).__name__)
attempt('with_traceback()', lambda: e.with_traceback())
attempt('cause = 5', lambda: setattr(e, '__cause__', 5))
attempt('cause = KeyError', lambda: setattr(e, '__cause__', KeyError))
attempt('cause = KeyError()', lambda: setattr(e, '__cause__', KeyError('c')))
print('suppress after cause:', e.__suppress_context__)
attempt('del cause', lambda: delattr(e, '__cause__'))
attempt('context = []', lambda: setattr(e, '__context__', []))
attempt('del context', lambda: delattr(e, '__context__'))
attempt('suppress = 5', lambda: setattr(e, '__suppress_context__', 5))
attempt('suppress = None', lambda: setattr(e, '__suppress_context__', None))
attempt('suppress = False', lambda: setattr(e, '__suppress_context__', False))
print('suppress:', e.__suppress_context__)
attempt('del suppress', lambda: delattr(e, '__suppress_context__'))
attempt('del args', lambda: delattr(e, 'args'))
attempt('args = 5', lambda: setattr(e, 'args', 5))
attempt('args = "xy"', lambda: setattr(e, 'args', 'xy'))
print('args:', e.args, str(e))
attempt('args = [1, 2]', lambda: setattr(e, 'args', [1, 2]))
print('args:', e.args, str(e))
attempt('SystemExit code', lambda: SystemExit(1, 2).code)
attempt('StopIteration value', lambda: StopIteration().value)
attempt('del e.code', lambda: delattr(SystemExit(3), 'code'))
