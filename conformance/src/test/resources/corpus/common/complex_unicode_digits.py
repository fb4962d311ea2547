# -*- coding: utf-8 -*-
# complex() reads a str's Unicode decimal digits (Arabic-Indic, fullwidth, mathematical bold) as ASCII
# ones, as int() and float() do; other characters that only look like digits (superscripts) still make a
# malformed string.
from __future__ import print_function

texts = [u"\u0661\u0662", u"\u0661\u0662+\u0663j", u"\uff14.\uff15", u"(\u0967-\u0968j)", u"\U0001d7d7j",
         u" \u0663\u0664 ", u"\u00b2", u"1+\u00b2j", u"12", u"1e\u0662"]
for t in texts:
    try:
        print(repr(complex(t)), repr(float(t)) if "j" not in t and "(" not in t and "+" not in t else "")
    except ValueError as e:
        print(type(e).__name__, e)
