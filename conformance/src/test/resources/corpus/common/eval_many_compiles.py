# Many namedtuples (each evals a lambda's source), eval/exec/compile with their errors: one running
# compiler serves every request of the program, and every one still answers as CPython would.
from __future__ import print_function
import collections
P = collections.namedtuple("P", "x y")
Q = collections.namedtuple("Q", ["a", "b", "c"])
print(P(1, 2), Q(1, 2, 3)._replace(b=5))
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"))
exec("z = 40 + 2\nprint('exec', z)")
code = compile("a = 5\nb = a * 2", "<mine>", "exec")
ns = {}
exec(code, ns)
print(ns["b"], code.co_filename)
for bad in ("1 +", "def f(:\n  pass", "x = = 2"):
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.filename)
print(eval(u"'caf\u00e9'"), eval(b"'ab'" if str is bytes else "'ab'"))
print(compile("x\n", "weird\tname\nwith newline", "eval").co_filename == "weird\tname\nwith newline")
for i in range(12):
    T = collections.namedtuple("T%d" % i, ["f%d" % j for j in range(i + 1)])
    print(T._fields[-1], T(*range(i + 1)))
