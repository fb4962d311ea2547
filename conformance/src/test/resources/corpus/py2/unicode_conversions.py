# -*- coding: utf-8 -*-
# 2.7: unicode formatting asks an object for its unicode form: u"%s" % obj and u"{0}".format(obj) call
# __unicode__ when the class has one (else __str__); byte-string formatting calls __str__.


class Both(object):
    def __str__(self):
        return "str-form"

    def __unicode__(self):
        return u"unicode-form \u00e9"


class OnlyStr(object):
    def __str__(self):
        return "only-str"


class OldBoth:
    def __str__(self):
        return "old-str"

    def __unicode__(self):
        return u"old-unicode"


class BytesUnicode(object):
    def __unicode__(self):
        return "ascii bytes"

    def __repr__(self):
        return "BytesUnicode()"


for obj in [Both(), OnlyStr(), OldBoth(), BytesUnicode(), 12, 2.5, None, [1, u"x"]]:
    print repr(u"%s" % obj), repr(u"[%s|%5.3s]" % (obj, obj)), repr(u"{0}".format(obj)), repr(u"{0!s}".format(obj))
    print repr("%s" % (obj,)) if not isinstance(obj, BytesUnicode) else "-", repr("{0}".format(obj)), repr(format(obj, u""))
    print repr(unicode(obj)), repr(u"" + unicode(obj))
print repr(u"%s and %s" % (Both(), "bytes"))
print repr("%s" % Both()), repr("%s" % u"u")
print repr(u"{0:>20}".format(Both())), repr(u"{0:^12}".format(OnlyStr()))
