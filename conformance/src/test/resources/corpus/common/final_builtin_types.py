# builtin types no class may derive from (no Py_TPFLAGS_BASETYPE): each version's TypeError; the rest still may be bases
from __future__ import print_function
import types
def gen():
    yield 1
def f():
    pass
class K(object):
    def m(self):
        pass
try:
    raise ValueError
except ValueError:
    import sys
    tb = sys.exc_info()[2]
cands = [type(None), slice, memoryview, types.FunctionType, types.GeneratorType, types.MethodType, types.CodeType,
         types.FrameType, types.TracebackType, type(Ellipsis), type(NotImplemented), bool, types.BuiltinFunctionType,
         type(gen()), type(f), type(K().m), type(f.__code__), type(tb), type(tb.tb_frame), type(len), int, list, dict, object, type, Exception]
try:
    cands.append(xrange)
except NameError:
    cands.append(range)
for t in cands:
    try:
        type('X', (t,), {})
        print(t.__name__, 'ok')
    except TypeError as e:
        print(t.__name__, 'TypeError', e)
