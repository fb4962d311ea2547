# -*- coding: utf-8 -*-
# isdigit / isdecimal / isnumeric / isalnum by each character's numeric type: digits, other numbers, Unihan numerals
from __future__ import print_function

chars = (u"0\u0661\u096b\uff15\u2460\u00b2\u2079\u00bd\u2167\u3007\u4e00\u4e07\u3220\u3280\u3192"
         u"\u0c78\u17f0\u215f\u2189\u24ea\u2776\u2155\u0f33\u1369\u00aa")
for c in chars:
    print(c.encode("unicode_escape").decode("ascii"), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(), c.isalpha())
print(u"\u3220\u3221".isdigit(), u"\u2460\u2461".isdigit(), u"12\u00b3".isdigit(), u"12\u00b3".isdecimal())
