from __future__ import print_function
import sys

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '=', repr(r))

def gen():
    yield 1
    yield 2

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2

def runner():
    g = gen()
    next(g)
    return g

attempt('gen.send(1) fresh', lambda: gen().send(1))
attempt('gen.send(None) fresh', lambda: gen().send(None))
attempt('gen.throw(ValueError)', lambda: runner().throw(ValueError))
attempt('gen.throw(ValueError("x"))', lambda: runner().throw(ValueError('x')))
attempt('gen.throw(ValueError, "y")', lambda: runner().throw(ValueError, 'y'))
attempt('gen.throw(5)', lambda: runner().throw(5))
attempt('gen.throw(ValueError(), 1)', lambda: runner().throw(ValueError('a'), 1))
attempt('gen.throw(str)', lambda: runner().throw(str))
attempt('gen.close() twice', lambda: (lambda g: (g.close(), g.close()))(runner()))
attempt('bad_close', lambda: (lambda g: (next(g), g.close()))(bad_close()))
attempt('next after close', lambda: (lambda g: (g.close(), next(g)))(runner()))
attempt('gen running', lambda: list(self_ref()))
def self_ref():
    g = (x for x in [1])
    yield next(me[0])
me = [None]
def reentrant():
    yield next(me[0])
me[0] = reentrant()
attempt('reentrant', lambda: next(me[0]))
attempt('genexp send', lambda: (x for x in [1]).send(5))
attempt('StopIteration in gen', lambda: list(stopper()))
def stopper():
    yield 1
    raise StopIteration('done')
attempt('return value', lambda: ret_gen())
def ret_gen():
    def g():
        yield 1
        pass
    it = g()
    next(it)
    try:
        next(it)
    except StopIteration as e:
        return ('stop', e.args)
attempt('with non-cm', lambda: with_non_cm())
def with_non_cm():
    with 5:
        pass
attempt('with half-cm', lambda: with_half())
class Half(object):
    def __enter__(self): return self
def with_half():
    with Half():
        pass
class ExitRaises(object):
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError('from exit')
def with_exit_raises():
    with ExitRaises():
        raise ValueError('body')
attempt('exit raises', with_exit_raises)
class Suppress(object):
    def __enter__(self): return 'entered'
    def __exit__(self, t, v, tb):
        print('exit sees', t.__name__ if t else None, v)
        return True
def with_suppress():
    with Suppress() as s:
        raise ValueError('swallowed ' + s)
    return 'after'
attempt('suppress', with_suppress)
