# code(...) (types.CodeType) from another code object's parts, in each version's argument order
import sys
import types


def f(a, b=2):
    c = a + b
    return c * 2


co = f.__code__
if sys.version_info[0] == 2:
    parts = [co.co_argcount, co.co_nlocals, co.co_stacksize, co.co_flags, co.co_code, co.co_consts, co.co_names,
             co.co_varnames, co.co_filename, 'g', co.co_firstlineno, co.co_lnotab]
elif sys.version_info < (3, 8):
    parts = [co.co_argcount, co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize, co.co_flags, co.co_code,
             co.co_consts, co.co_names, co.co_varnames, co.co_filename, 'g', co.co_firstlineno, co.co_lnotab]
else:
    parts = [co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize,
             co.co_flags, co.co_code, co.co_consts, co.co_names, co.co_varnames, co.co_filename, 'g', 'g',
             co.co_firstlineno, co.co_linetable, co.co_exceptiontable]
nc = types.CodeType(*parts)
g = types.FunctionType(nc, globals(), 'g', (10,))
print(nc.co_name, nc.co_varnames, nc.co_argcount, g(1), g(1, 5), g.__name__)
print(nc.co_code == co.co_code, nc.co_consts == co.co_consts, type(nc).__name__)
try:
    types.CodeType()
except TypeError as e:
    print('TypeError', e)
try:
    types.CodeType(*(['x'] + parts[1:]))
except TypeError as e:
    print('TypeError', type(e).__name__)


def outer():
    x = [1]

    def inner(y):
        return x[0] + y
    return inner


inner = outer()
ic = inner.__code__
clone = types.FunctionType(ic, {}, None, None, inner.__closure__)
print(clone(5), clone.__name__, clone.__defaults__, clone.__closure__ == inner.__closure__)
h = types.FunctionType(co, {'z': 1}, 'newname', (4,))
print(h(1), h.__name__, h.__defaults__, sorted(h.__globals__), h.__module__)
for args in [(1, {}), (co, 1), (co, {}, 5), (co, {}, 'n', 5), (co, {}, 'n', (), 5), (co, {}, None, None, (1,)), (ic, {})]:
    try:
        print(types.FunctionType(*args).__name__)
    except Exception as e:
        print(type(e).__name__, e)
# argument errors name the code (2.7, 3.6) or the function's __qualname__ (3.10+), never its renamed __name__
h.__name__ = 'renamed'
for call in [lambda: h(), lambda: h(1, 2, 3), lambda: h(q=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
