# bytes and bytearray together: concatenation and repetition, join, comparisons, membership,
# bytes methods taking a bytearray, int()/float() of one, %s of one; bytearray is unhashable.
from __future__ import print_function
ba = bytearray(b"ab")
tests = ["ba * 2", "2 * ba", "b'a' + bytearray(b'b')", "bytearray(b'b') + b'a'", "b''.join([bytearray(b'a'), b'b'])",
         "b'a' < bytearray(b'b')", "bytearray(b'a') == b'a'", "b'a' == bytearray(b'a')", "bytearray(b'x') in b'xy'", "b'x' in bytearray(b'xy')",
         "b'xy'.split(bytearray(b'x'))", "b'xy'.replace(bytearray(b'x'), b'z')", "b'xy'.startswith(bytearray(b'x'))", "repr(bytearray(b\"a'b\"))",
         "b'%s' % bytearray(b'xy')", "int(bytearray(b'12'))", "float(bytearray(b'1.5'))", "bytearray(b'ab') * 0", "bytearray(b'a') >= bytearray(b'a')"]
for e in tests:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
ba2 = bytearray(b"x")
ba2 *= 3
print(ba2)
try:
    print(hash(bytearray(b"a")))
except TypeError as x:
    print("TypeError", x)
try:
    d = {bytearray(b"k"): 1}
    print(d)
except TypeError as x:
    print("TypeError", x)
