# locals() of a function: its frame's f_locals, one dict refreshed at each call; cell and free variables
# included; 3.6 lists co_varnames, then cells, then free variables each from the end (map_to_dict).
import sys

def f(a, b, *args, c=1, **kw):
    x = 1
    y = 2
    def inner():
        return x
    return locals()

print(f(1, 2, 3, k=4).keys())

def g():
    z = 1
    w = 2
    first = locals()
    later = 3
    second = locals()
    del z
    third = locals()
    return first is second is third, sorted(third)

print(g())

def outer():
    free = 'f'
    def inner(p):
        q = free + p
        return locals()
    return inner('p')

print(outer())

def cell_arg(a, b):
    def use():
        return a
    return locals(), vars(), sorted(dir())

loc, v, names = cell_arg(1, 2)
print(list(loc), loc is v, names)

def frame_locals():
    n = 1
    d = locals()
    return d is sys._getframe().f_locals

print(frame_locals())
