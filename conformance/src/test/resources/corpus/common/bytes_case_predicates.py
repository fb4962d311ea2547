# Byte strings (2.7's str, 3.x's bytes) have ASCII letters only for cased characters: a high byte such as
# '\xc0' is neither upper nor lower case, so it makes no title either.
from __future__ import print_function

samples = [b'\xc2\xbd', b'\xbd', b'A\xbd', b'\xbdA', b'\xc0', b'\xe0', b'1', b'', b'Ab Cd', b'A', b'Ab\xc0Cd',
           b'\xc0Ab', b'aB', b'Hello World', b'HELLO', b'hello\xff', b'\xde\xad']
for s in samples:
    print(repr(s), s.istitle(), s.isupper(), s.islower(), s.isalpha(), s.isalnum(), s.title() == s, s.swapcase() == s)
