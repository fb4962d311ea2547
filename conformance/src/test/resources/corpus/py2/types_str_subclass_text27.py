# 2.7: how print, unicode() and % turn str and unicode subclasses' instances into text
import sys
class A(str):
    def __repr__(self):
        return 'A.repr'
class B(str):
    pass
class C(str):
    def __str__(self):
        return 'C.str'
class D(unicode):
    def __str__(self):
        return 'D.str'
class E(unicode):
    def __repr__(self):
        return 'E.repr'
class U(unicode):
    def __str__(self):
        return 'U.str'
    def __unicode__(self):
        return u'U.unicode'
class S(str):
    def __unicode__(self):
        return u'S.unicode'
class I(int):
    def __str__(self):
        return 'I.str'
print A('a'), B('b'), C('c'), D(u'd'), E(u'e'), U(u'u'), S('s'), I(3)
print C('c'),
print D(u'x')
sys.stdout.write(C('raw') + '\n')
print >>sys.stdout, C('chev'), U(u'chev')
def show(x):
    return '%s:%r' % (type(x).__name__, x)
print show(unicode(A('a'))), show(unicode(B('b'))), show(unicode(C('c'))), show(unicode(D(u'd'))), show(unicode(U(u'u'))), show(unicode(S('s')))
print show(str(A('a'))), show(str(B('b'))), show(str(C('c'))), show(str(D(u'd'))), show(str(U(u'u'))), show(str(S('s')))
print show('%s' % C('q')), show('%s' % U(u'r')), show(u'%s' % C('q')), show(u'%s' % U(u'r')), show(u'%s' % S('s')), show('%s' % S('s'))
print show('%r' % C('q')), show(u'%r' % A('a')), show('%s|%s' % (A('a'), E(u'e')))
print show(u'' + C('c')), show(C('c') + u''), show(C('c') + 'x'), show(u'-'.join([C('c'), u'x'])), show('-'.join([C('c'), 'x']))
try:
    unicode(C('caf\xc3\xa9'))
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError', e
class N(str):
    def __str__(self):
        return 'caf\xc3\xa9'
try:
    unicode(N('n'))
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError', e
print show(unicode(N('n'), 'utf-8')), show(unicode(C('xyz'), 'ascii')), show(unicode(B('b'), errors='strict'))
