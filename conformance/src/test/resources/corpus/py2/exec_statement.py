# The exec statement with and without namespaces, and eval.
exec "a = 1 + 2"
print a
ns = {}
exec "b = a_local * 10" in {"a_local": 4}, ns
print ns
g = {}
exec "def f(x):\n    return x * 3\nr = f(5)" in g
print g["r"]
code = compile("c = 40 + 2", "<string>", "exec")
exec code
print c
print eval("1 + 2 * 3")
print eval("x * y", {"x": 6, "y": 7})
def in_function():
    exec "z = 99"
    return z
print in_function()
exec("print 'exec as a call with tuple syntax'")
try:
    exec "1 / 0"
except ZeroDivisionError, e:
    print "ZeroDivisionError from exec:", e
