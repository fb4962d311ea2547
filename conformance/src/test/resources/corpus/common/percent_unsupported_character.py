# -*- coding: utf-8 -*-
# An unknown conversion character after % names the character and its code: a text format shows it only
# when it is printable ASCII, else '?', and counts the index in characters; 2.7's byte string shows the
# byte itself and a high byte's code sign-extended as a C char (0xffffffe9).
from __future__ import print_function

formats = [u"%\xe9", u"%\x07", u"ab%\u20ac", u"\u20ac%y", u"%~", u"% y", u"%(a)z", u"%5.2q", u"%\U0001f600"]
for fmt in formats:
    try:
        print(repr(fmt % {"a": 1} if "(" in fmt else fmt % 1))
    except ValueError as e:
        print(type(e).__name__, repr(str(e)))
for fmt in [b"%y", b"%\x07", b"%-5!"]:
    try:
        print(repr(fmt % 1))
    except ValueError as e:
        print(type(e).__name__, repr(str(e)))
