class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
    def __str__(self):
        return '[%d] %s' % (self.code, self.msg)
class NotFound(AppError):
    pass
class Invalid(AppError, ValueError):
    pass
def risky(kind):
    if kind == 'nf':
        raise NotFound('thing missing', 404)
    if kind == 'inv':
        raise Invalid('bad input')
    if kind == 'key':
        return {}['nokey']
    if kind == 'idx':
        return [][3]
    if kind == 'attr':
        return None.foo
    if kind == 'type':
        return len(5)
    if kind == 'zero':
        return 1 // 0
    if kind == 'name':
        return undefined_name
    if kind == 'unbound':
        if False:
            y = 1
        return y
    if kind == 'conv':
        return int('x1')
    return 'ok'
for k in ['nf', 'inv', 'key', 'idx', 'attr', 'type', 'zero', 'name', 'unbound', 'conv', 'none']:
    try:
        r = risky(k)
    except AppError as e:
        print('AppError', type(e).__name__, e, repr(e), e.args, e.code, isinstance(e, ValueError))
    except LookupError as e:
        print('Lookup', type(e).__name__, e, repr(e), e.args)
    except Exception as e:
        print('Other', type(e).__name__, e, repr(e))
    else:
        print('else', r)
    finally:
        print('finally', k)
def order():
    log = []
    try:
        try:
            log.append('try')
            raise ValueError('v')
        except ValueError:
            log.append('except')
            raise TypeError('t')
        finally:
            log.append('inner finally')
    except TypeError as e:
        log.append('outer ' + str(e))
        print('context', repr(e.__context__), e.__cause__, e.__suppress_context__)
    finally:
        log.append('outer finally')
    return log
print(order())
def ret_finally():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(ret_finally())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
            continue
        finally:
            print('fin', i)
    return i
print(loop_break())
try:
    try:
        raise KeyError('a')
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError('x') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
for e in [Exception(), Exception('one'), Exception('a', 2), KeyError('k'), KeyError(), KeyError(1, 2), OSError(2, 'No such file'), UnicodeError('u'), StopIteration(5), SystemExit(3)]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = OSError(2, 'No such file', 'f.txt')
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__, type(OSError(2, 'x')).__name__)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError), issubclass(KeyError, LookupError))
print(ZeroDivisionError.__mro__)
try:
    raise NotFound
except TypeError as e:
    print('TypeError:', e)
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
class Bare(Exception):
    pass
try:
    raise Bare
except Bare as e:
    print(repr(e), str(e) == '', e.args)
def gen_err():
    yield 1
    raise ValueError('from gen')
g = gen_err()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('gen raised', e)
try:
    next(g)
except StopIteration as e:
    print('exhausted', repr(e))
try:
    assert 1 == 2, 'math broke'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert False
except AssertionError as e:
    print(repr(e))
e_saved = None
try:
    1 / 0
except ZeroDivisionError as e:
    e_saved = e
print(e_saved, type(e_saved).__name__)
try:
    print(e)
except NameError as err:
    print('NameError:', err)
import sys
try:
    raise IndexError('deep')
except IndexError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
print(sys.exc_info())
