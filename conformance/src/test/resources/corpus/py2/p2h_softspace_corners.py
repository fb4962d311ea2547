# 2.7 print statement softspace corner cases.
import sys
print 'a',
print 'b'
print 'c',
print
print 'tab\t',
print 'x'
print 'nl\n',
print 'y'
print 1, 2,
print 3
print 'a', 'b\t', 'c'
print '',
print 'empty-before'
sys.stdout.write('w')
print 'after-write'
print 'x',
sys.stdout.write('|')
print 'y'
print 'end-space ',
print 'z'
print u'uni',
print 'str'
print >>sys.stdout, 'redir', 1,
print >>sys.stdout, 'same line'
print 1.0, 2L, None, (1,), [2], {3: 4}
class W(object):
    def __init__(self):
        self.buf = []
        self.softspace = 0
    def write(self, s):
        self.buf.append(s)
w = W()
print >>w, 'p', 'q',
print >>w, 'r'
print repr(''.join(w.buf)), w.softspace
