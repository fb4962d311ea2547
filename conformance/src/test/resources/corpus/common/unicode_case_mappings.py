# -*- coding: utf-8 -*-
# case mappings and case tests of text: special casing (3.x), the final sigma (3.x), uncased text, titlecase letters
from __future__ import print_function


def esc(x):
    if isinstance(x, bool):
        return str(x)
    return x.encode("unicode_escape").decode("ascii")


words = [u"\u4e2d\u6587", u"\xdf", u"stra\xdfe", u"\xaa", u"\u01c4", u"\u01c5a", u"\u01c6", u"Hello World", u"HELLO",
         u"hello \u4e2d\u6587", u"\u03a3\u0391\u03a3", u"\u038c\u03a3\u039f\u03a3 \u03a3\u0391\u03a3.", u"\u03a3",
         u"a\u03a3", u"a\u03a3b", u"\ufb01x", u"\u0130", u"\u0131", u"\u13a0", u"\u0149", u"3rd place", u"o'neil",
         u"x1y", u"\u2167", u"\u24b6", u"\u1fb3", u"\u1f88a", u"\u01f0", u"\u0587", u"caf\xe9 cr\xe8me"]
for w in words:
    maps = [w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase()]
    print(esc(w), " ".join(esc(m) for m in maps), w.istitle(), w.isupper(), w.islower())
    if hasattr(w, "casefold"):
        print("  casefold", esc(w.casefold()))

numbers = u"\u4e00\u4e8c\u4e09\u5341\u767e\u5343\u4e07\u96f6\u58f1\u3007\u2167\xbd\xb2\u0663\uff10\u2460"
for c in numbers:
    print(esc(c), c.isnumeric(), c.isdigit(), c.isdecimal(), c.isalnum(), c.isalpha())
print(u"\u4e09\u5341".isnumeric(), u"12\u4e07".isnumeric(), u"\u4e00a".isnumeric())
