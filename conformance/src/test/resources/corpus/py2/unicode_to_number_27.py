# -*- coding: utf-8 -*-
# 2.7 reads a unicode string given to int(), long() or float() through PyUnicode_EncodeDecimal: spaces become
# blanks, digits of any script ASCII digits, other characters past Latin-1 a UnicodeEncodeError of the "decimal" codec.
for t in [u"1\u200b", u"\u0661x", u"1.5\u2009", u" \u0663\u0664 ", u"\xa012\xa0", u"12\x00", u"\uff11\uff12", u"-\u0661", u"1e5\u3000"]:
    for f in (int, long, float):
        try:
            print f.__name__, repr(f(t))
        except ValueError as e:
            print f.__name__, type(e).__name__, e
