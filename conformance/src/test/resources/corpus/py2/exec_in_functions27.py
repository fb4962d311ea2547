# 2.7: a function with a bare exec keeps a names dict beside its variables: exec and locals() see the variables,
# and what exec binds reaches them (PyFrame_FastToLocals / PyFrame_LocalsToFast)
def f():
    y = 2
    exec 'print y'
    exec 'y = 5'
    print y, sorted(locals().items())
f()
def g():
    a = 1
    print locals()
    exec 'b = 2' in {}
    print a
g()
def h(n):
    from math import *
    x = n
    print sorted([k for k in locals() if len(k) < 3])
h(3)
def k():
    exec 'z = 7'
    return z
print k()
def counter():
    total = 0
    for i in range(3):
        exec 'total += %d' % (i + 1)
    print total, 'total' in locals()
counter()
def shadow(x):
    exec 'x = x * 2; w = x + 1'
    print x, w, sorted(locals())
shadow(21)
def closure_free():
    data = []
    exec 'data.append(1)' in globals(), {'data': data}
    print data
closure_free()
