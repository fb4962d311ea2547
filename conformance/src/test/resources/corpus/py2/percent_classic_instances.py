# 2.7: str % x and unicode % x format a classic instance by its __str__ (their own nb_remainder comes first): no
# __coerce__ or __rmod__ is asked, even when __getattr__ answers every name
class Rec:
    def __getattr__(self, n):
        return None
    def __str__(self):
        return 'Rec'
    def __repr__(self):
        return 'Rec()'
class RM:
    def __rmod__(self, other):
        return 'rmod called'
    def __str__(self):
        return 'RM'
class New(object):
    def __rmod__(self, other):
        return 'new rmod'
    def __str__(self):
        return 'New'
class S(str):
    pass
for x in [Rec(), RM(), New()]:
    for fmt in ['value: %s', u'value: %s', S('sub: %s'), 'r: %s!']:
        try:
            print repr(fmt % x)
        except Exception as e:
            print type(e).__name__, e
print 'tuple %s %s' % (Rec(), RM())
print '%(a)s' % {'a': Rec()}
s = 'acc: %s'
s %= RM()
print s
