# str.replace with a count, the empty pattern included: it matches before every character and at the
# end, and a count larger than that stops there (found by the pyc fuzzer: an internal error). An empty
# string with a count stays empty before 3.9 (bpo-28029).
from __future__ import print_function

for s in ("", "a", "abc", "aaa"):
    for old in ("", "a", "aa", "x"):
        for count in (-1, 0, 1, 2, 3, 4, 5, 10):
            print(repr(s), repr(old), count, repr(s.replace(old, "-", count)))
print(repr(u"\u00e9t\u00e9".replace(u"", u"|", 7)), repr(b"xy".replace(b"", b".", 9)))
print(repr(b"".replace(b"", b".", 1)), repr(b"".replace(b"", b".")), repr(u"".replace(u"", u"|", 2)))
