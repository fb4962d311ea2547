# Source given to eval, exec and compile inherits the caller's __future__ features (2.7's division and
# unicode_literals), unless compile() is told not to; a bad mode or flags are CPython's own ValueError.
from __future__ import division, print_function, unicode_literals
import sys
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("eval div", lambda: eval("1/2"))
attempt("eval literal type", lambda: type(eval("'x'")).__name__)
attempt("compile inherit", lambda: eval(compile("7/2", "<c>", "eval")))
attempt("compile dont_inherit", lambda: eval(compile("7/2", "<c>", "eval", 0, True)))
attempt("compile kw dont_inherit", lambda: eval(compile("7/2", "<c>", "eval", dont_inherit=True)))
ns = {}
exec("def f(): return 3/4\nprint('in exec', f())", ns)
attempt("exec def", lambda: ns["f"]())
attempt("bad mode", lambda: compile("1", "x", "foo"))
attempt("bad mode space", lambda: compile("1", "x", "ex ec"))
attempt("single", lambda: eval(compile("5", "<s>", "single")))
attempt("big flags", lambda: compile("1", "x", "eval", 0x7fffffff))
attempt("neg flags", lambda: compile("1", "x", "eval", -1))
