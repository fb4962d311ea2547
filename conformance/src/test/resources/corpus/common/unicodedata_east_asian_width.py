# -*- coding: utf-8 -*-
# unicodedata.east_asian_width from each version's own Unicode database (2.7: 5.2, 3.6: 9.0, 3.11: 14.0)
from __future__ import print_function
import unicodedata

chars = u"a\u00e9\u4e2d\uff21\uff71\u00a1\u3000\u20ac\u2460\u30a2\uac00\u0e01 \u200b\U0001F600\U0001F973\U0001FAE8\U00020000"
print([unicodedata.east_asian_width(c) for c in chars])
for bad in (u"ab", u""):
    try:
        unicodedata.east_asian_width(bad)
    except TypeError as e:
        print("TypeError", e)
