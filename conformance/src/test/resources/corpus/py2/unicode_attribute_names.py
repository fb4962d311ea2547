# -*- coding: utf-8 -*-
# 2.7's getattr(), setattr(), hasattr() and delattr() turn a unicode attribute name into a str in the
# default encoding, ASCII: a name with other characters fails with the 'ascii' codec's UnicodeEncodeError
# (even hasattr(), which swallows every other error), while an ASCII unicode name works as a str.


class Box(object):
    pass


b = Box()
setattr(b, u"plain", 1)
print getattr(b, u"plain"), hasattr(b, u"plain"), b.plain, type(b.__dict__.keys()[0]).__name__
calls = [
    ("getattr", lambda: getattr(b, u"caf\xe9")),
    ("getattr default", lambda: getattr(b, u"caf\xe9", "default")),
    ("setattr", lambda: setattr(b, u"\xe9t\xe9", 1)),
    ("hasattr", lambda: hasattr(b, u"na\xefve")),
    ("delattr", lambda: delattr(b, u"\u20ac")),
    ("getattr int", lambda: getattr(b, 5)),
    ("getattr missing ascii", lambda: getattr(b, u"missing")),
]
for label, call in calls:
    try:
        print label, repr(call())
    except (UnicodeError, TypeError, AttributeError) as e:
        print label, type(e).__name__, e
delattr(b, u"plain")
print hasattr(b, "plain")
