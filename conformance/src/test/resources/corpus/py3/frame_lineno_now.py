# f_lineno and the frame repr follow the instruction running now, not the last one that raised
import sys
def f():
    fr = sys._getframe()
    x = 1
    return fr, fr.f_lineno
fr, n = f()
print(n, fr.f_lineno, fr.f_code.co_name, sys._getframe().f_lineno)
def g():
    return sys._getframe(1).f_lineno
print(g())
try:
    1/0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    print(tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_frame is sys._getframe())
if sys.version_info >= (3, 8):
    print(repr(sys._getframe()).split(',')[2])  # 3.8+ names the line
else:
    print(repr(sys._getframe()).startswith('<frame object at 0x'))
