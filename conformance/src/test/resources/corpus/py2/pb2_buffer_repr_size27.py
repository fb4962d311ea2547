# 2.7 buffer's repr shows the size asked for: -1 when the window runs to the end, else the given size
# even past the end of the string.
def shown(b):
    r = repr(b)
    return r[:r.index(' for 0x')] + r[r.index(', size'):r.index(' at 0x')] + '>'
s = 'hello'
for args in [(), (1,), (1, 2), (2, 10), (10,), (0, 0)]:
    b = buffer(s, *args)
    print args, shown(b), len(b), repr(str(b))
