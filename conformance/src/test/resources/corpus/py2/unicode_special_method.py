# 2.7 unicode(obj) asks the class's own __unicode__ (new-style and classic); without one, str() decides


class Name(object):
    def __init__(self, text):
        self.text = text

    def __unicode__(self):
        return u'name:' + self.text

    def __str__(self):
        return 'str-name'


class Bytes(object):
    def __unicode__(self):
        return 'plain bytes'


class Number(object):
    def __unicode__(self):
        return 42


class OnlyStr(object):
    def __str__(self):
        return 'only str'


class Classic:
    def __unicode__(self):
        return u'classic'


for obj in (Name(u'ann'), Bytes(), OnlyStr(), Classic()):
    u = unicode(obj)
    print repr(u), type(u).__name__
print str(Name(u'x')), '%s' % Name(u'y')
try:
    unicode(Number())
except TypeError as e:
    print 'TypeError:', e
print repr(unicode(5)), repr(unicode(u'abc')), repr(unicode('abc'))
