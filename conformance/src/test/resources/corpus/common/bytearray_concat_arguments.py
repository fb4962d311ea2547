# bytearray + and += take only bytes-like objects ("can't concat list to bytearray"), bytearray * a
# non-int names the other operand, decode() checks its encoding and errors, input() its argument count.
from __future__ import print_function
ba = bytearray(b"ab")
for name, f in [("+ list", lambda: ba + [1]), ("+ tuple", lambda: ba + (1,)), ("+ int", lambda: ba + 1),
                ("* str", lambda: ba * "x"), ("* float", lambda: ba * 2.0), ("+ bytes", lambda: ba + b"c"),
                ("+ bytearray", lambda: ba + bytearray(b"d")), ("+ memoryview", lambda: ba + memoryview(b"e")),
                ("decode bytearray", lambda: bytearray(b"hi").decode(bytearray(b"ascii"))),
                ("decode int", lambda: bytearray(b"hi").decode(5)),
                ("decode errors", lambda: bytearray(b"hi").decode("ascii", 7)),
                ("input 2 args", lambda: input("a", "b"))]:
    try:
        print(name, repr(f()))
    except TypeError as e:
        print(name, "TypeError:", e)
b = bytearray(b"x")
try:
    b += 5
except TypeError as e:
    print("+= int TypeError:", e)
try:
    b += [1, 2]
except TypeError as e:
    print("+= list TypeError:", e)
b += b"yz"
print(b)
