# 2.7 exceptions holding unicode text: str() is PyObject_Str of the argument (ASCII or UnicodeEncodeError),
# unicode() is BaseException.__unicode__, and the uncaught traceback says "<exception str() failed>".
class E(Exception):
    def __str__(self):
        return u'\xe9 in str'
class Plain(Exception):
    pass
cases = [ValueError(u'caf\xe9'), ValueError(u'plain ascii'), ValueError(u'a\xe9\xe8b'), Plain(u'\u20ac'), ValueError(1, u'\xe9'),
         KeyError(u'\xe9'), IOError(2, u'\xe9'), E(), ValueError()]
for e in cases:
    try:
        s = str(e)
        print type(e).__name__, 'str', repr(s)
    except UnicodeEncodeError as x:
        print type(e).__name__, 'str failed:', x
    try:
        print type(e).__name__, 'unicode', repr(unicode(e))
    except UnicodeError as x:
        print type(e).__name__, 'unicode failed:', x
    print repr(e), e.args
try:
    print ValueError(u'caf\xe9')
except UnicodeEncodeError as x:
    print 'print failed:', x
raise ValueError(u'caf\xe9')
