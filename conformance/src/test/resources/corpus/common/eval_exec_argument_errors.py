# eval(), exec() and compile() with arguments of the wrong kind, checked before anything is compiled: locals
# must be a mapping, globals a dict ("a real dict; try eval(expr, {}, mapping)" for another mapping on 3.x,
# where a list counts as one), the source a string, bytes or code object (2.7: "a string or code object";
# compile(): "expected a readable buffer object" on 2.7, "a string, bytes or AST object" on 3.x).
from __future__ import print_function
import sys
def T(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
T("eval()", lambda: eval())
T("eval(1)", lambda: eval(1))
T("eval(None)", lambda: eval(None))
T("eval('1', 1)", lambda: eval("1", 1))
T("eval('1', {}, 1)", lambda: eval("1", {}, 1))
T("eval('1', None, 1)", lambda: eval("1", None, 1))
T("eval('1', [])", lambda: eval("1", []))
T("eval('1', 1, 1)", lambda: eval("1", 1, 1))
T("eval(1, [])", lambda: eval(1, []))
T("eval(a,b,c,d)", lambda: eval("1", {}, {}, 1))
T("compile(1)", lambda: compile(1, "f", "exec"))
T("compile(None)", lambda: compile(None, "f", "exec"))
T("eval(code)", lambda: eval((lambda: 0).__code__))
g = {}
T("eval(code, g)", lambda: eval((lambda: 0).__code__, g))
if sys.version_info[0] > 2:
    ex = getattr(__builtins__, "exec", None) or __builtins__["exec"]
    T("exec()", lambda: ex())
    T("exec(1)", lambda: ex(1))
    T("exec(None, {})", lambda: ex(None, {}))
    T("exec('x', 1)", lambda: ex("x", 1))
    T("exec('x', {}, 1)", lambda: ex("x", {}, 1))
    T("exec('x', None, 1)", lambda: ex("x", None, 1))
    T("exec(1, 1)", lambda: ex(1, 1))
    T("exec(a,b,c,d)", lambda: ex("x", {}, {}, 1))
    T("exec(code, {})", lambda: ex((lambda: 0).__code__, {}))
