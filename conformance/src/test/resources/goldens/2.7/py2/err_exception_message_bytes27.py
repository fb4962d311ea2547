# -*- coding: utf-8 -*-
# 2.7 writes an uncaught exception's message and its traceback's source lines as the bytes they are: a UTF-8
# byte string comes out as UTF-8 (not each byte taken for a Latin-1 character and encoded again)
import sys


def check(word):
    if word != "ok":
        raise ValueError("caf\xc3\xa9 «%s» \xff" % word)   # «ünïcödé» in the source line too
    return word


print check("ok")
sys.stdout.flush()
try:
    check("naïve")
except ValueError as e:
    print repr(str(e)), len(str(e))
check("naïve")
