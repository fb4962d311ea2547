from __future__ import print_function
# eval and exec take the builtins from the globals they are given: a dict of its own, a module, or none at all
import sys
safe = {'__builtins__': {'len': len, 'abs': abs}}
print(eval('len("abc") + abs(-2)', safe))
for src in ['min(3, 4)', 'open', '__import__("os")']:
    try:
        print(eval(src, {'__builtins__': {}}))
    except NameError as e:
        print('NameError', e)
    except Exception as e:
        print(type(e).__name__, e)
g = {'__builtins__': {'x': 42, 'print': print}}
exec('print(x)', g)
g2 = {}
exec('y = len([1, 2])', g2)
print(g2['y'], '__builtins__' in g2, type(g2['__builtins__']).__name__)
mod = type(sys)('fake')
mod.len = lambda s: 'fake len'
print(eval('len("x")', {'__builtins__': mod}))
def f():
    return eval('max(1, 2)', {'__builtins__': {'max': min}})
print(f())
print(eval('abs(-1)'), eval('abs(-1)', {}))
